package com.scenehub.supply.ui;

import com.scenehub.records.ui.Choices;
import com.scenehub.records.ui.Inputs;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.ui.Toasts;
import com.scenehub.supply.SupplyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;

/** A manager opens a call for solutions: theme, description, fields and a deadline from today on. */
class CallDialog extends Dialog {

    final TextField theme = new TextField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<String> fields = new MultiSelectComboBox<>();
    final DatePicker deadline = Inputs.date("call.deadline");
    final Button confirm;
    private final Binder<Object> binder = new Binder<>();

    CallDialog(SupplyService supply, ReferenceDataService referenceData, LocalDate today, Runnable opened) {
        addClassName("sh-call-dialog");
        setHeaderTitle(getTranslation("call.open"));
        theme.setLabel(getTranslation("call.theme"));
        theme.setMaxLength(200);
        description.setLabel(getTranslation("call.description"));
        description.setMaxLength(4000);
        fields.setLabel(getTranslation("call.fields"));
        Choices.codes(fields, referenceData.active(ReferenceKind.SCENE_FIELD));
        deadline.setMin(today);
        deadline.setInitialPosition(today.plusDays(30));
        deadline.setHelperText(getTranslation("call.deadline.help"));
        binder.forField(theme).asRequired(getTranslation("error.call.theme-required")).bind(o -> null, (o, v) -> { });
        binder.forField(deadline).asRequired(getTranslation("error.call.deadline-required")).bind(o -> null, (o, v) -> { });

        confirm = new Button(getTranslation("call.open"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                supply.openCall(theme.getValue(), description.getValue(), fields.getValue(), List.of(), deadline.getValue());
                Toasts.success("call.opened");
                close();
                opened.run();
            } catch (BusinessRuleException refusal) {
                Toasts.error(refusal);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(theme, description, fields, deadline);
        add(form);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
