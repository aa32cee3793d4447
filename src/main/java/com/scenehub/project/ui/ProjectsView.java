package com.scenehub.project.ui;

import com.scenehub.project.ProjectService;
import com.scenehub.project.ProjectSummary;
import com.scenehub.records.ui.Formats;
import com.scenehub.shared.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The scene projects the user may see: all for managers, their own for the parties. */
@Route("projects")
@RolesAllowed({Roles.MANAGER, Roles.ENTERPRISE, Roles.PROVIDER, Roles.EXPERT})
@Menu(title = "nav.projects", order = 50, icon = "vaadin:clipboard-check")
public class ProjectsView extends Div implements HasDynamicTitle {

    final Grid<ProjectSummary> grid = new Grid<>();

    ProjectsView(ProjectService projects) {
        addClassName("sh-page");
        add(new H2(getTranslation("nav.projects")));
        grid.addColumn(ProjectSummary::title).setHeader(getTranslation("project.title")).setFlexGrow(3);
        grid.addComponentColumn(p -> ProjectLabels.project(this, p.status())).setHeader(getTranslation("project.status"));
        grid.addColumn(p -> Formats.money(p.contractAmount())).setHeader(getTranslation("project.contract-amount"));
        grid.addColumn(p -> Formats.money(p.grantAmount())).setHeader(getTranslation("project.grant-amount"));
        grid.addColumn(p -> p.milestonesMet() + "/" + p.milestones()).setHeader(getTranslation("project.milestones-met"));
        grid.addComponentColumn(p -> {
            Span overdue = new Span(p.overdueMilestones() > 0 ? String.valueOf(p.overdueMilestones()) : "");
            if (p.overdueMilestones() > 0) {
                overdue.getElement().getThemeList().add("badge error");
            }
            return overdue;
        }).setHeader(getTranslation("project.overdue"));
        grid.addComponentColumn(p -> {
            Button open = new Button(getTranslation("selection.open"), e -> UI.getCurrent().navigate(ProjectView.class, p.id()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return open;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setItems(projects.visibleProjects());
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.projects");
    }
}
