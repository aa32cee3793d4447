package com.scenehub.dashboard.ui;

import com.scenehub.dashboard.DashboardService;
import com.scenehub.dashboard.StatisticsRow;
import com.scenehub.records.ui.Formats;
import com.scenehub.shared.ui.Chart;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Public zone-wide statistics of the scene workflow, the same figures as the open-data API. */
@Route("statistics")
@AnonymousAllowed
@Menu(title = "nav.statistics", order = 90, icon = "vaadin:pie-chart")
public class StatisticsView extends Div implements HasDynamicTitle {

    final Chart pipeline = new Chart();
    final Chart byScene = new Chart();
    final Chart byChain = new Chart();
    final Chart status = new Chart();
    StatisticsRow zone;

    StatisticsView(DashboardService dashboards) {
        addClassNames("sh-page", "sh-dashboard");
        add(new H2(getTranslation("nav.statistics")));
        zone = dashboards.zone(getLocale());
        add(Kpi.row(new Kpi(getTranslation("dashboard.opportunities"), String.valueOf(zone.opportunities())),
                new Kpi(getTranslation("dashboard.proposals"), String.valueOf(zone.proposals())),
                new Kpi(getTranslation("dashboard.awards"), String.valueOf(zone.awards())),
                new Kpi(getTranslation("dashboard.projects"), String.valueOf(zone.projects())),
                new Kpi(getTranslation("dashboard.completed"), String.valueOf(zone.completed())),
                new Kpi(getTranslation("dashboard.budget"), Formats.money(zone.budget())),
                new Kpi(getTranslation("dashboard.grants"), Formats.money(zone.grants())),
                new Kpi(getTranslation("dashboard.disbursed"), Formats.money(zone.disbursed()))));
        pipeline.setOption(ChartOptions.funnel(getTranslation("dashboard.pipeline"),
                List.of(getTranslation("dashboard.opportunities"), getTranslation("dashboard.proposals"),
                        getTranslation("dashboard.awards"), getTranslation("dashboard.projects"),
                        getTranslation("dashboard.completed")),
                List.of(zone.opportunities(), zone.proposals(), zone.awards(), zone.projects(), zone.completed())));
        byScene.setOption(bars(getTranslation("dashboard.by-scene"), dashboards.bySceneField(getLocale())));
        byChain.setOption(bars(getTranslation("dashboard.by-chain"), dashboards.byIndustryChain(getLocale())));
        Map<String, Long> states = new LinkedHashMap<>();
        dashboards.opportunitiesByStatus().forEach((k, v) -> states.put(
                getTranslation("selection.opportunity-status." + k.name()), v));
        status.setOption(ChartOptions.pie(getTranslation("dashboard.by-status"), states));
        Div charts = new Div(pipeline, status, byScene, byChain);
        charts.addClassName("sh-chart-grid");
        add(charts);
        Paragraph open = new Paragraph(getTranslation("dashboard.open-data"));
        open.add(" ");
        open.add(new Anchor("api/public/ocds/releases", getTranslation("dashboard.open-data.json")));
        open.add(" · ");
        open.add(new Anchor("api/public/ocds/awards.csv", getTranslation("dashboard.open-data.csv")));
        open.add(" · ");
        open.add(new Anchor("swagger-ui.html", getTranslation("dashboard.open-data.openapi")));
        open.addClassName("sh-muted");
        add(open);
    }

    private String bars(String title, List<StatisticsRow> rows) {
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(getTranslation("dashboard.opportunities"), rows.stream().map(StatisticsRow::opportunities).toList());
        series.put(getTranslation("dashboard.awards"), rows.stream().map(StatisticsRow::awards).toList());
        series.put(getTranslation("dashboard.completed"), rows.stream().map(StatisticsRow::completed).toList());
        return ChartOptions.bars(title, rows.stream().map(StatisticsRow::label).toList(), series);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.statistics");
    }
}
