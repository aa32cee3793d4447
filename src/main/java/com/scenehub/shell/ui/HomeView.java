package com.scenehub.shell.ui;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationStatus;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.spi.WorkItem;
import com.scenehub.shared.spi.WorkItemSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The signed-in user's start page: what is waiting for them, from every capability that has work. */
@Route("home")
@PermitAll
@Menu(title = "nav.home", order = 1, icon = "vaadin:home")
public class HomeView extends Div implements HasDynamicTitle {

    HomeView(AuthenticatedUser authenticatedUser, OrganisationService organisations, List<WorkItemSource> sources) {
        addClassName("sh-home");
        CurrentUser user = authenticatedUser.require();
        add(new H2(getTranslation("home.greeting", user.displayName())));
        Div roles = new Div();
        roles.addClassName("sh-role-badges");
        user.roles().forEach(role -> {
            Span badge = new Span(getTranslation("role." + role));
            badge.getElement().getThemeList().add("badge");
            roles.add(badge);
        });
        add(roles);

        OrganisationSummary organisation = organisations.findSummary(user.organisationId()).orElse(null);
        if (organisation != null && organisation.status() != OrganisationStatus.VERIFIED) {
            Div notice = new Div(new Paragraph(getTranslation(
                    "home.organisation." + organisation.status().name().toLowerCase(java.util.Locale.ROOT),
                    organisation.name(), organisation.reviewNote() == null ? "" : organisation.reviewNote())));
            notice.addClassName("sh-notice");
            add(notice);
        }

        add(new H3(getTranslation("home.waiting")));
        Div work = new Div();
        work.addClassName("sh-work-items");
        List<WorkItem> items = sources.stream().flatMap(s -> s.workFor(user).stream()).toList();
        for (WorkItem item : items) {
            RouterLink link = new RouterLink(item.target());
            link.addClassName("sh-work-item");
            Span count = new Span(String.valueOf(item.count()));
            count.addClassName("sh-work-count");
            link.add(count, new Span(getTranslation(item.labelKey())));
            if (item.count() > 0) {
                link.addClassName("sh-work-item-due");
            }
            work.add(link);
        }
        if (items.isEmpty()) {
            work.add(new Paragraph(getTranslation("home.nothing-waiting")));
        }
        add(work);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
