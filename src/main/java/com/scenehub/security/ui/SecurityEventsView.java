package com.scenehub.security.ui;

import com.scenehub.security.SecurityEventView;
import com.scenehub.security.SecurityLog;
import com.scenehub.shared.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** ADMIN reads the security log: logins, failures, lockouts, role and account changes. */
@Route("admin/security-events")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.security-events", order = 97, icon = "vaadin:shield")
public class SecurityEventsView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    final Grid<SecurityEventView> grid = new Grid<>();

    SecurityEventsView(SecurityLog securityLog) {
        addClassName("sh-page");
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("security-events.time")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("security-events.type." + e.type().name()))
                .setHeader(getTranslation("security-events.type"));
        grid.addColumn(SecurityEventView::username).setHeader(getTranslation("account.username"));
        grid.addColumn(SecurityEventView::actor).setHeader(getTranslation("security-events.actor"));
        grid.addColumn(SecurityEventView::detail).setHeader(getTranslation("security-events.detail")).setFlexGrow(2);
        grid.setItems(securityLog.latest(500));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.security-events");
    }
}
