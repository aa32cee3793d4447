package com.scenehub.selection.ui;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.records.ui.Formats;
import com.scenehub.selection.ProposalDetails;
import com.scenehub.selection.SelectionService;
import com.scenehub.shared.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A provider's proposals and the opportunities open for applications now. */
@Route("proposals")
@RolesAllowed(Roles.PROVIDER)
@Menu(title = "nav.proposals", order = 40, icon = "vaadin:file-text-o")
public class ProposalsView extends Div implements HasDynamicTitle {

    final Grid<OpportunityDetails> open = new Grid<>();
    final Grid<ProposalDetails> mine = new Grid<>();

    ProposalsView(SelectionService selection, OpportunityService opportunities) {
        addClassName("sh-page");
        add(new H2(getTranslation("nav.proposals")));
        Paragraph sealed = new Paragraph(getTranslation("proposal.sealed-note"));
        sealed.addClassName("sh-muted");
        add(sealed);

        add(new H3(getTranslation("proposal.open-opportunities")));
        open.addColumn(OpportunityDetails::title).setHeader(getTranslation("selection.opportunity")).setFlexGrow(3);
        open.addColumn(o -> SelectionLabels.mode(this, o.selectionMode())).setHeader(getTranslation("selection.mode"));
        open.addColumn(o -> Formats.money(o.budget())).setHeader(getTranslation("selection.budget"));
        open.addColumn(o -> Formats.time(o.windowCloses())).setHeader(getTranslation("selection.window-closes"));
        open.addComponentColumn(o -> {
            Button apply = new Button(getTranslation("proposal.open-editor"),
                    e -> UI.getCurrent().navigate(ProposalEditorView.class, o.id()));
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return apply;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        open.setItems(opportunities.openOpportunities());
        open.setEmptyStateText(getTranslation("common.empty"));
        open.setAllRowsVisible(true);
        add(open);

        add(new H3(getTranslation("proposal.mine")));
        mine.addColumn(ProposalDetails::opportunityTitle).setHeader(getTranslation("selection.opportunity")).setFlexGrow(3);
        mine.addComponentColumn(p -> SelectionLabels.proposal(this, p.status())).setHeader(getTranslation("proposal.status"));
        mine.addColumn(p -> Formats.money(p.price())).setHeader(getTranslation("proposal.price"));
        mine.addColumn(p -> Formats.time(p.submittedAt())).setHeader(getTranslation("proposal.submitted-at"));
        mine.addComponentColumn(p -> {
            Button view = new Button(getTranslation("selection.open"),
                    e -> UI.getCurrent().navigate(ProposalEditorView.class, p.opportunityId()));
            view.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return view;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        mine.setItems(selection.myProposals());
        mine.setEmptyStateText(getTranslation("common.empty"));
        mine.setAllRowsVisible(true);
        add(mine);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.proposals");
    }
}
