package com.scenehub.notification.ui;

import com.scenehub.notification.NotificationService;
import com.scenehub.notification.NotificationView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The notification centre: the user's messages, newest first, each in the language of the reader. */
@Route("notifications")
@PermitAll
@Menu(title = "nav.notifications", order = 90, icon = "vaadin:bell")
public class NotificationsView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    final Div list = new Div();
    private final transient NotificationService notifications;

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("sh-page");
        Button markAll = new Button(getTranslation("notifications.mark-all-read"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.addClassName("sh-notification-list");
        add(markAll, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        var mine = notifications.mine(200);
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        for (NotificationView n : mine) {
            Div row = new Div();
            row.addClassName("sh-notification");
            if (n.unread()) {
                row.addClassName("sh-notification-unread");
            }
            Span text = new Span(getTranslation(n.messageKey(), n.arguments().toArray()));
            Span when = new Span(TIME.format(n.createdAt()));
            when.addClassName("sh-muted");
            row.add(text, when);
            row.addClickListener(e -> {
                notifications.markRead(n.id());
                if (n.link() != null) {
                    UI.getCurrent().navigate(n.link());
                } else {
                    refresh();
                }
            });
            list.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications");
    }
}
