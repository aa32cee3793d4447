package com.scenehub.requirement.ui;

import com.scenehub.records.ui.Formats;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Requirement lists per role: my requirements, to analyse, to decide, all. */
@Route("requirements")
@RolesAllowed({Roles.ENTERPRISE, Roles.EXPERT, Roles.MANAGER})
@Menu(title = "nav.requirements", order = 10, icon = "vaadin:clipboard-text")
public class RequirementsView extends Div implements HasDynamicTitle {

    final Grid<RequirementSummary> grid = new Grid<>();
    final Tabs tabs = new Tabs();
    final Map<Tab, Supplier<List<RequirementSummary>>> sources = new LinkedHashMap<>();
    Button create;

    RequirementsView(RequirementService requirements, ReferenceDataService referenceData,
            AuthenticatedUser authenticatedUser) {
        addClassName("sh-page");
        CurrentUser user = authenticatedUser.require();
        if (user.hasRole(Roles.ENTERPRISE)) {
            sources.put(new Tab(getTranslation("requirements.mine")), requirements::mine);
            create = new Button(getTranslation("requirements.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(RequirementFormView.class));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (user.hasRole(Roles.EXPERT)) {
            sources.put(new Tab(getTranslation("requirements.to-analyse")), requirements::toAnalyse);
            sources.put(new Tab(getTranslation("requirements.assigned")), requirements::assignedToMe);
        }
        if (user.hasRole(Roles.MANAGER)) {
            sources.put(new Tab(getTranslation("requirements.to-decide")), requirements::toDecide);
            sources.put(new Tab(getTranslation("requirements.accepted")), requirements::accepted);
            sources.put(new Tab(getTranslation("requirements.all")), requirements::all);
        }
        sources.keySet().forEach(tabs::add);
        tabs.addSelectedChangeListener(e -> refresh());

        grid.addColumn(RequirementSummary::title).setHeader(getTranslation("requirement.title")).setFlexGrow(3);
        grid.addColumn(r -> referenceData.label(ReferenceKind.SCENE_FIELD, r.sceneField(), getLocale()))
                .setHeader(getTranslation("requirement.scene-field"));
        grid.addColumn(r -> referenceData.label(ReferenceKind.ZONE_AREA, r.zoneArea(), getLocale()))
                .setHeader(getTranslation("requirement.zone-area"));
        grid.addColumn(r -> Formats.range(r.budgetMin(), r.budgetMax())).setHeader(getTranslation("requirement.budget"));
        grid.addComponentColumn(r -> RequirementLabels.badge(this, r.status())).setHeader(getTranslation("common.status"));
        grid.addColumn(r -> Formats.time(r.updatedAt())).setHeader(getTranslation("common.updated"));
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(RequirementDetailView.class, e.getItem().id()));
        grid.addClassName("sh-clickable");

        Div bar = new Div(tabs);
        bar.addClassName("sh-toolbar");
        if (create != null) {
            bar.add(create);
        }
        add(bar, grid);
        refresh();
    }

    void refresh() {
        Supplier<List<RequirementSummary>> source = sources.get(tabs.getSelectedTab());
        grid.setItems(source == null ? List.of() : source.get());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.requirements");
    }
}
