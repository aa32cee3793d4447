package com.scenehub.selection.ui;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.records.ui.Formats;
import com.scenehub.selection.SelectionService;
import com.scenehub.shared.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Opportunities in docking and selection that the user has a part in (managers: all). */
@Route("selections")
@RolesAllowed({Roles.MANAGER, Roles.ENTERPRISE, Roles.EXPERT})
@Menu(title = "nav.selection", order = 45, icon = "vaadin:gavel")
public class SelectionsView extends Div implements HasDynamicTitle {

    final Grid<OpportunityDetails> grid = new Grid<>();

    SelectionsView(SelectionService selection) {
        addClassName("sh-page");
        add(new H2(getTranslation("nav.selection")));
        grid.addColumn(OpportunityDetails::title).setHeader(getTranslation("selection.opportunity")).setFlexGrow(3);
        grid.addColumn(o -> o.listTitle() == null ? "" : o.listTitle()).setHeader(getTranslation("selection.batch"))
                .setFlexGrow(2);
        grid.addColumn(o -> SelectionLabels.mode(this, o.selectionMode())).setHeader(getTranslation("selection.mode"));
        grid.addColumn(o -> Formats.time(o.windowCloses())).setHeader(getTranslation("selection.window-closes"));
        grid.addComponentColumn(o -> SelectionLabels.opportunity(this, o.status()))
                .setHeader(getTranslation("selection.status"));
        grid.addComponentColumn(o -> {
            Button open = new Button(getTranslation("selection.open"),
                    e -> UI.getCurrent().navigate(SelectionView.class, o.id()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return open;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setItems(selection.selectionQueue());
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.selection");
    }
}
