package com.scenehub.matching.ui;

import com.scenehub.matching.MatchExplainer;
import com.scenehub.matching.MatchingService;
import com.scenehub.shared.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Open opportunities ranked for the signed-in provider, from its supply items. */
@Route("matches/for-you")
@RolesAllowed(Roles.PROVIDER)
@Menu(title = "nav.matching-for-you", order = 35, icon = "vaadin:lightbulb")
public class OpportunitiesForYouView extends Div implements HasDynamicTitle {

    static final int LIMIT = 20;
    final MatchList list;

    OpportunitiesForYouView(MatchingService matching, MatchExplainer explainer) {
        addClassName("sh-page");
        addClassName("sh-matches");
        add(new Paragraph(getTranslation("matching.for-you.intro")));
        list = new MatchList(explainer);
        list.setResults(matching.opportunitiesForMe(LIMIT));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.matching-for-you");
    }
}
