package com.scenehub.matching.ui;

import com.scenehub.matching.MatchExplainer;
import com.scenehub.matching.MatchKind;
import com.scenehub.matching.MatchingService;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

/** The ranked supply items and providers of one opportunity or requirement (base of the two routes). */
abstract class MatchesView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    static final int LIMIT = 20;

    private final transient MatchingService matching;
    private final transient MatchExplainer explainer;
    private final transient AuthenticatedUser authenticatedUser;
    private final MatchKind kind;
    final H2 heading = new H2();
    final Paragraph intro = new Paragraph();
    final Tabs tabs = new Tabs();
    final Tab itemsTab = new Tab();
    final Tab providersTab = new Tab();
    MatchList list;
    Paragraph refusal;
    private String title = "";

    MatchesView(MatchingService matching, MatchExplainer explainer, AuthenticatedUser authenticatedUser, MatchKind kind) {
        this.matching = matching;
        this.explainer = explainer;
        this.authenticatedUser = authenticatedUser;
        this.kind = kind;
        addClassName("sh-page");
        addClassName("sh-matches");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            title = matching.contextTitle(kind, id);
        } catch (BusinessRuleException e) {
            refusal = new Paragraph(getTranslation(e.messageKey(), e.arguments()));
            refusal.addClassName("sh-notice");
            add(refusal);
            return;
        }
        heading.setText(getTranslation("matching.heading." + kind.name().toLowerCase(java.util.Locale.ROOT), title));
        intro.setText(getTranslation("matching.intro"));
        itemsTab.setLabel(getTranslation("matching.tab.items"));
        providersTab.setLabel(getTranslation("matching.tab.providers"));
        tabs.removeAll();
        tabs.add(itemsTab, providersTab);
        list = new MatchList(explainer);
        CurrentUser user = authenticatedUser.require();
        if (user.hasAnyRole(Roles.MANAGER, Roles.ENTERPRISE)) {
            list.withInvitations(matching, kind, id);
        }
        tabs.addSelectedChangeListener(e -> show(id));
        add(heading, intro, tabs, list);
        show(id);
    }

    private void show(Long id) {
        if (tabs.getSelectedTab() == providersTab) {
            list.setProviders(matching.providersFor(kind, id, LIMIT));
        } else {
            list.setResults(matching.itemsFor(kind, id, LIMIT));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.title." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
