package com.scenehub.dashboard.ui;

import com.scenehub.dashboard.DashboardFilter;
import com.scenehub.dashboard.DashboardService;
import com.scenehub.dashboard.Pipeline;
import com.scenehub.dashboard.StatisticsRow;
import com.scenehub.opportunity.OpportunityListSummary;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.project.ProjectSummary;
import com.scenehub.project.ui.ProjectView;
import com.scenehub.records.ui.Formats;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceEntry;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Chart;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The managers' dashboard: the pipeline by batch, scene field and industry chain; money; overdue work. */
@Route("dashboard")
@RolesAllowed(Roles.MANAGER)
@Menu(title = "nav.dashboard", order = 5, icon = "vaadin:chart")
public class ManagerDashboardView extends Div implements HasDynamicTitle {

    private final transient DashboardService dashboards;
    final ComboBox<OpportunityListSummary> batch = new ComboBox<>();
    final ComboBox<ReferenceEntry> sceneField = new ComboBox<>();
    final ComboBox<ReferenceEntry> chain = new ComboBox<>();
    final Chart pipelineChart = new Chart();
    final Chart byBatch = new Chart();
    final Chart byScene = new Chart();
    final Chart byChain = new Chart();
    final Chart money = new Chart();
    final Grid<ProjectSummary> overdue = new Grid<>();
    private final Div kpis = new Div();
    Pipeline pipeline;

    ManagerDashboardView(DashboardService dashboards, OpportunityService opportunities, ReferenceDataService referenceData) {
        this.dashboards = dashboards;
        addClassNames("sh-page", "sh-dashboard");
        add(new H2(getTranslation("dashboard.manager")));
        batch.setLabel(getTranslation("selection.batch"));
        batch.setItems(opportunities.publishedLists());
        batch.setItemLabelGenerator(OpportunityListSummary::title);
        batch.setClearButtonVisible(true);
        sceneField.setLabel(getTranslation("dashboard.scene-field"));
        sceneField.setItems(referenceData.active(ReferenceKind.SCENE_FIELD));
        sceneField.setItemLabelGenerator(e -> e.name(getLocale()));
        sceneField.setClearButtonVisible(true);
        chain.setLabel(getTranslation("dashboard.industry-chain"));
        chain.setItems(referenceData.active(ReferenceKind.INDUSTRY_CHAIN));
        chain.setItemLabelGenerator(e -> e.name(getLocale()));
        chain.setClearButtonVisible(true);
        batch.addValueChangeListener(e -> refresh());
        sceneField.addValueChangeListener(e -> refresh());
        chain.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(batch, sceneField, chain);
        filters.setWrap(true);
        add(filters, kpis);
        Div charts = new Div(pipelineChart, money, byBatch, byScene, byChain);
        charts.addClassName("sh-chart-grid");
        add(charts);
        add(new H3(getTranslation("dashboard.overdue")));
        overdue.addColumn(ProjectSummary::title).setHeader(getTranslation("project.title")).setFlexGrow(3);
        overdue.addColumn(ProjectSummary::overdueMilestones).setHeader(getTranslation("project.overdue"));
        overdue.addColumn(p -> Formats.date(p.endDate())).setHeader(getTranslation("project.end-date"));
        overdue.addComponentColumn(p -> {
            Button open = new Button(getTranslation("selection.open"), e -> UI.getCurrent().navigate(ProjectView.class, p.id()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        });
        overdue.setEmptyStateText(getTranslation("dashboard.no-overdue"));
        overdue.setAllRowsVisible(true);
        add(overdue);
        refresh();
    }

    DashboardFilter filter() {
        return new DashboardFilter(batch.getValue() == null ? null : batch.getValue().id(),
                sceneField.getValue() == null ? null : sceneField.getValue().code(),
                chain.getValue() == null ? null : chain.getValue().code());
    }

    void refresh() {
        DashboardFilter f = filter();
        pipeline = dashboards.managerPipeline(f);
        StatisticsRow totals = dashboards.managerTotals(f);
        kpis.removeAll();
        kpis.add(Kpi.row(new Kpi(getTranslation("dashboard.requirements"), String.valueOf(pipeline.requirements())),
                new Kpi(getTranslation("dashboard.opportunities"), String.valueOf(pipeline.opportunities())),
                new Kpi(getTranslation("dashboard.proposals"), String.valueOf(pipeline.proposals())),
                new Kpi(getTranslation("dashboard.awards"), String.valueOf(pipeline.awards())),
                new Kpi(getTranslation("dashboard.projects"), String.valueOf(pipeline.projects())),
                new Kpi(getTranslation("dashboard.completed"), String.valueOf(pipeline.completed())),
                new Kpi(getTranslation("dashboard.budget"), Formats.money(totals.budget())),
                new Kpi(getTranslation("dashboard.grants"), Formats.money(totals.grants()))));
        pipelineChart.setOption(ChartOptions.funnel(getTranslation("dashboard.pipeline"), steps(),
                List.of(pipeline.requirements(), pipeline.opportunities(), pipeline.proposals(), pipeline.awards(),
                        pipeline.projects(), pipeline.completed())));
        Map<String, List<? extends Number>> m = new LinkedHashMap<>();
        m.put(getTranslation("dashboard.amount"), List.of(totals.budget(), totals.contracts(), totals.grants(),
                totals.disbursed()).stream().map(BigDecimal::longValue).toList());
        money.setOption(ChartOptions.bars(getTranslation("dashboard.money"), List.of(getTranslation("dashboard.budget"),
                getTranslation("dashboard.contracts"), getTranslation("dashboard.grants"),
                getTranslation("dashboard.disbursed")), m));
        byBatch.setOption(breakdown("batch", getTranslation("dashboard.by-batch"), f));
        byScene.setOption(breakdown("scene", getTranslation("dashboard.by-scene"), f));
        byChain.setOption(breakdown("chain", getTranslation("dashboard.by-chain"), f));
        overdue.setItems(dashboards.overdueProjects());
    }

    private List<String> steps() {
        return List.of(getTranslation("dashboard.requirements"), getTranslation("dashboard.opportunities"),
                getTranslation("dashboard.proposals"), getTranslation("dashboard.awards"),
                getTranslation("dashboard.projects"), getTranslation("dashboard.completed"));
    }

    private String breakdown(String by, String title, DashboardFilter f) {
        List<StatisticsRow> rows = dashboards.managerBreakdown(f, by, getLocale());
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(getTranslation("dashboard.opportunities"), rows.stream().map(StatisticsRow::opportunities).toList());
        series.put(getTranslation("dashboard.proposals"), rows.stream().map(StatisticsRow::proposals).toList());
        series.put(getTranslation("dashboard.awards"), rows.stream().map(StatisticsRow::awards).toList());
        series.put(getTranslation("dashboard.completed"), rows.stream().map(StatisticsRow::completed).toList());
        return ChartOptions.bars(title, rows.stream().map(StatisticsRow::label).toList(), series);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
