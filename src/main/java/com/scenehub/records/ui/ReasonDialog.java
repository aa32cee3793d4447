package com.scenehub.records.ui;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks for a reason before a decision. When the reason is mandatory an empty one is refused beside
 * the field and the dialog stays open; a refusal from the service is shown and the text kept.
 */
public class ReasonDialog extends Dialog {

    public final TextArea reason;
    public final Button confirm;

    public ReasonDialog(String title, String confirmLabel, boolean required, Consumer<String> action) {
        setHeaderTitle(title);
        reason = new TextArea(getTranslation(required ? "common.reason" : "common.note"));
        reason.setMaxLength(2000);
        reason.setRequired(required);
        reason.setWidth("32rem");
        reason.setHelperText(getTranslation(required ? "common.reason-public" : "common.optional"));
        confirm = new Button(confirmLabel, e -> {
            if (required && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.reason-required"));
                return;
            }
            try {
                action.accept(reason.getValue());
                close();
            } catch (BusinessRuleException refusal) {
                reason.setInvalid(true);
                reason.setErrorMessage(Toasts.message(refusal));
                Toasts.error(refusal);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("reason-confirm");
        reason.setId("reason-text");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        add(reason);
        getFooter().add(cancel, confirm);
    }
}
