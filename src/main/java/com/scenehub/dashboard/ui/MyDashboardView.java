package com.scenehub.dashboard.ui;

import com.scenehub.dashboard.DashboardService;
import com.scenehub.dashboard.DashboardService.OwnFigures;
import com.scenehub.records.ui.Formats;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Chart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An enterprise's or a provider's own figures (an organisation with both roles sees both). */
@Route("my-dashboard")
@RolesAllowed({Roles.ENTERPRISE, Roles.PROVIDER})
@Menu(title = "nav.my-dashboard", order = 6, icon = "vaadin:chart-3d")
public class MyDashboardView extends Div implements HasDynamicTitle {

    final Chart enterpriseStatus = new Chart();
    final Chart enterpriseProjects = new Chart();
    final Chart providerStatus = new Chart();
    final Chart providerProjects = new Chart();
    OwnFigures enterprise;
    OwnFigures provider;

    MyDashboardView(DashboardService dashboards, AuthenticatedUser authenticatedUser) {
        addClassNames("sh-page", "sh-dashboard");
        CurrentUser user = authenticatedUser.require();
        add(new H2(getTranslation("nav.my-dashboard")));
        if (user.hasRole(Roles.ENTERPRISE)) {
            enterprise = dashboards.enterpriseFigures();
            add(new H3(getTranslation("dashboard.as-enterprise")));
            add(Kpi.row(new Kpi(getTranslation("dashboard.opportunities"), String.valueOf(enterprise.first())),
                    new Kpi(getTranslation("dashboard.proposals"), String.valueOf(enterprise.second())),
                    new Kpi(getTranslation("dashboard.awards"), String.valueOf(enterprise.awards())),
                    new Kpi(getTranslation("dashboard.projects"), String.valueOf(enterprise.projects())),
                    new Kpi(getTranslation("dashboard.completed"), String.valueOf(enterprise.completed())),
                    new Kpi(getTranslation("dashboard.grants"), Formats.money(enterprise.grants()))));
            Map<String, Long> byStatus = new LinkedHashMap<>();
            enterprise.byStatus().forEach((k, v) -> byStatus.put(getTranslation("dashboard.requirement-status." + k), v));
            enterpriseStatus.setOption(ChartOptions.pie(getTranslation("dashboard.my-requirements"), byStatus));
            enterpriseProjects.setOption(milestones(enterprise));
            Div charts = new Div(enterpriseStatus, enterpriseProjects);
            charts.addClassName("sh-chart-grid");
            add(charts);
        }
        if (user.hasRole(Roles.PROVIDER)) {
            provider = dashboards.providerFigures();
            add(new H3(getTranslation("dashboard.as-provider")));
            add(Kpi.row(new Kpi(getTranslation("dashboard.my-proposals"), String.valueOf(provider.first())),
                    new Kpi(getTranslation("dashboard.submitted"), String.valueOf(provider.second())),
                    new Kpi(getTranslation("dashboard.wins"), String.valueOf(provider.awards())),
                    new Kpi(getTranslation("dashboard.projects"), String.valueOf(provider.projects())),
                    new Kpi(getTranslation("dashboard.contracts"), Formats.money(provider.contracts()))));
            Map<String, Long> byStatus = new LinkedHashMap<>();
            provider.byStatus().forEach((k, v) -> byStatus.put(getTranslation("proposal.status." + k), v));
            providerStatus.setOption(ChartOptions.pie(getTranslation("dashboard.my-proposals"), byStatus));
            providerProjects.setOption(milestones(provider));
            Div charts = new Div(providerStatus, providerProjects);
            charts.addClassName("sh-chart-grid");
            add(charts);
        }
    }

    private String milestones(OwnFigures f) {
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(getTranslation("dashboard.milestones"), List.of(f.milestones(), f.milestonesMet(), f.overdue()));
        return ChartOptions.bars(getTranslation("dashboard.my-milestones"), List.of(getTranslation("dashboard.milestones"),
                getTranslation("dashboard.milestones-met"), getTranslation("dashboard.milestones-overdue")), series);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-dashboard");
    }
}
