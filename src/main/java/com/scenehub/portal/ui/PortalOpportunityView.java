package com.scenehub.portal.ui;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.opportunity.ui.OpportunityPanel;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.records.ui.StatusBadge;
import com.scenehub.records.ui.Timeline;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.shared.security.AuthenticatedUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.stream.Collectors;

/** A published opportunity's public page: scope, budget, criteria, window, status, corrigenda and progress. */
@Route("portal/opportunity")
@AnonymousAllowed
public class PortalOpportunityView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient OpportunityService opportunities;
    private final transient OrganisationService organisations;
    private final transient ReferenceDataService referenceData;
    private final transient AuthenticatedUser user;
    private final transient com.scenehub.project.ProjectService projects;
    OpportunityDetails opportunity;

    PortalOpportunityView(OpportunityService opportunities, OrganisationService organisations,
            ReferenceDataService referenceData, AuthenticatedUser user, com.scenehub.project.ProjectService projects) {
        this.projects = projects;
        this.opportunities = opportunities;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.user = user;
        addClassNames("sh-page", "sh-portal", "sh-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        // The public page shows published opportunities only, whoever is signed in.
        opportunity = opportunities.findOpportunity(id).filter(OpportunityDetails::published).orElse(null);
        if (opportunity == null) {
            event.forwardTo(PortalView.class);
            return;
        }
        OpportunityDetails o = opportunity;
        Div header = new Div(new H2(o.title()), new StatusBadge(getTranslation("opportunity.status." + o.status().name()),
                StatusBadge.tone(o.status().name())));
        header.addClassName("sh-detail-header");
        add(header);
        if (o.listId() != null) {
            add(new RouterLink(getTranslation("list.official-title", String.valueOf(o.listYear()), o.listSequence()),
                    PortalListView.class, o.listId()));
        }
        add(RegisterInvite.create(user));
        String demand = o.demandOrganisationIds().stream().map(organisations::findSummary).flatMap(Optional::stream)
                .map(OrganisationSummary::name).collect(Collectors.joining("、"));
        add(new OpportunityPanel(o, opportunities.corrigenda(o.id()), referenceData, demand));
        if (o.winnerOrganisationId() != null) {
            add(new H3(getTranslation("opportunity.winner")));
            add(new Div(organisations.findSummary(o.winnerOrganisationId()).map(OrganisationSummary::name).orElse("")));
        }
        // the project's public progress (issue 5): awarded to whom, milestones met, completion
        projects.publicProgress(o.id()).ifPresent(p -> add(new com.scenehub.project.ui.PublicProgressPanel(p)));
        add(new H3(getTranslation("portal.progress")));
        add(new Timeline(opportunities.history(o.id()).stream().filter(h -> h.toStatus() != null
                && !h.toStatus().equals("DESIGNING") && !h.toStatus().equals("READY")).map(h ->
                new com.scenehub.records.StatusChange(h.at(), getTranslation("portal.committee"), h.fromStatus(), h.toStatus(), h.reason()))
                .toList(), s -> getTranslation("opportunity.status." + s)));
    }

    @Override
    public String getPageTitle() {
        return opportunity == null ? getTranslation("nav.portal") : opportunity.title();
    }
}
