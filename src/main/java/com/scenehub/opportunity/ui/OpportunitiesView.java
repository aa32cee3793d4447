package com.scenehub.opportunity.ui;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.records.ui.Formats;
import com.scenehub.records.ui.StatusBadge;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The design desk: every opportunity in any state, for managers and the experts who co-design. */
@Route("opportunities")
@RolesAllowed({Roles.MANAGER, Roles.EXPERT})
@Menu(title = "nav.opportunities", order = 14, icon = "vaadin:lightbulb")
public class OpportunitiesView extends Div implements HasDynamicTitle {

    final Grid<OpportunityDetails> grid = new Grid<>();
    Button create;

    OpportunitiesView(OpportunityService opportunities, ReferenceDataService referenceData,
            AuthenticatedUser authenticatedUser) {
        addClassName("sh-page");
        Div bar = new Div();
        bar.addClassName("sh-toolbar");
        if (authenticatedUser.require().hasRole(Roles.MANAGER)) {
            create = new Button(getTranslation("opportunity.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(OpportunityDesignView.class));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }
        grid.addColumn(OpportunityDetails::title).setHeader(getTranslation("opportunity.title")).setFlexGrow(3);
        grid.addColumn(o -> referenceData.label(ReferenceKind.SCENE_FIELD, o.sceneField(), getLocale()))
                .setHeader(getTranslation("opportunity.scene-field"));
        grid.addColumn(o -> Formats.money(o.budget())).setHeader(getTranslation("opportunity.budget"));
        grid.addColumn(o -> getTranslation("opportunity.mode." + o.selectionMode().name())).setHeader(getTranslation("opportunity.mode"));
        grid.addColumn(o -> o.listTitle() == null ? "" : o.listTitle()).setHeader(getTranslation("list.title"));
        grid.addComponentColumn(o -> new StatusBadge(getTranslation("opportunity.status." + o.status().name()),
                StatusBadge.tone(o.status().name()))).setHeader(getTranslation("common.status"));
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(OpportunityManageView.class, e.getItem().id()));
        grid.addClassName("sh-clickable");
        grid.setItems(opportunities.all());
        add(bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.opportunities");
    }
}
