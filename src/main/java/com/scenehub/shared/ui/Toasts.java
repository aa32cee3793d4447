package com.scenehub.shared.ui;

import com.scenehub.shared.domain.BusinessRuleException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short, translated messages after an action: success, or why it was refused. */
public final class Toasts {

    private Toasts() {
    }

    public static void success(String messageKey, Object... args) {
        show(translate(messageKey, args), NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(BusinessRuleException refusal) {
        show(translate(refusal.messageKey(), refusal.arguments()), NotificationVariant.LUMO_ERROR);
    }

    public static void errorKey(String messageKey, Object... args) {
        show(translate(messageKey, args), NotificationVariant.LUMO_ERROR);
    }

    /** The translated text of a refusal, for showing beside a field. */
    public static String message(BusinessRuleException refusal) {
        return translate(refusal.messageKey(), refusal.arguments());
    }

    private static String translate(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, args);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
