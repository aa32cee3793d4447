package com.scenehub.supply.ui;

import com.scenehub.records.ui.Choices;
import com.scenehub.records.ui.Inputs;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.scenehub.supply.SolutionCallSummary;
import com.scenehub.supply.SupplyItemForm;
import com.scenehub.supply.SupplyItemKind;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The provider's supply item form; a refused save keeps the values and says what is wrong. */
@Route("supply-edit")
@RolesAllowed(Roles.PROVIDER)
public class SupplyItemFormView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    final ComboBox<SupplyItemKind> kind = new ComboBox<>();
    final ComboBox<SolutionCallSummary> call = new ComboBox<>();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<String> sceneFields = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> industryFields = new MultiSelectComboBox<>();
    final IntegerField trl = new IntegerField();
    final BigDecimalField priceMin = Inputs.money("supply.price-min");
    final BigDecimalField priceMax = Inputs.money("supply.price-max");
    final TextArea referenceCases = new TextArea();
    final TextArea certifications = new TextArea();
    final Button save;
    final Button submit;
    final Binder<SupplyItemForm> binder = new Binder<>(SupplyItemForm.class);
    private final transient SupplyService supply;
    private SupplyItemForm form = new SupplyItemForm();
    Long itemId;

    SupplyItemFormView(SupplyService supply, ReferenceDataService referenceData) {
        this.supply = supply;
        addClassNames("sh-page", "sh-form-page");
        kind.setLabel(getTranslation("supply.kind"));
        kind.setItems(SupplyItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("supply.kind." + k.name()));
        call.setLabel(getTranslation("supply.call"));
        List<SolutionCallSummary> open = supply.openCalls();
        call.setItems(open);
        call.setItemLabelGenerator(SolutionCallSummary::theme);
        call.setClearButtonVisible(true);
        call.setHelperText(getTranslation("supply.call.help"));
        name.setLabel(getTranslation("supply.name"));
        name.setMaxLength(200);
        description.setLabel(getTranslation("supply.description"));
        description.setMaxLength(4000);
        sceneFields.setLabel(getTranslation("supply.scene-fields"));
        Choices.codes(sceneFields, referenceData.active(ReferenceKind.SCENE_FIELD));
        industryFields.setLabel(getTranslation("supply.industry-fields"));
        Choices.codes(industryFields, referenceData.active(ReferenceKind.INDUSTRY_FIELD));
        trl.setLabel(getTranslation("supply.trl"));
        trl.setMin(1);
        trl.setMax(9);
        trl.setStepButtonsVisible(true);
        trl.setHelperText(getTranslation("supply.trl.help"));
        referenceCases.setLabel(getTranslation("supply.reference-cases"));
        referenceCases.setMaxLength(4000);
        certifications.setLabel(getTranslation("supply.certifications"));
        certifications.setMaxLength(2000);

        binder.forField(kind).asRequired(getTranslation("error.supply.kind-required")).bind(SupplyItemForm::getKind, SupplyItemForm::setKind);
        binder.forField(call).bind(f -> open.stream().filter(c -> c.id().equals(f.getCallId())).findFirst().orElse(null),
                (f, c) -> f.setCallId(c == null ? null : c.id()));
        binder.forField(name).asRequired(getTranslation("error.supply.name-required")).bind(SupplyItemForm::getName, SupplyItemForm::setName);
        binder.forField(description).asRequired(getTranslation("error.supply.description-required"))
                .bind(SupplyItemForm::getDescription, SupplyItemForm::setDescription);
        binder.forField(sceneFields).withValidator(v -> !v.isEmpty(), getTranslation("error.supply.scene-fields-required"))
                .bind(SupplyItemForm::getSceneFields, SupplyItemForm::setSceneFields);
        binder.forField(industryFields).bind(SupplyItemForm::getIndustryFields, SupplyItemForm::setIndustryFields);
        binder.forField(trl).asRequired(getTranslation("error.supply.trl-range"))
                .withValidator(v -> v >= 1 && v <= 9, getTranslation("error.supply.trl-range"))
                .bind(SupplyItemForm::getTrl, SupplyItemForm::setTrl);
        binder.forField(priceMin).withValidator(Inputs.yuan())
                .bind(SupplyItemForm::getPriceMin, SupplyItemForm::setPriceMin);
        var maxBinding = binder.forField(priceMax).withValidator(Inputs.yuan())
                .withValidator(Inputs.notBelow(priceMin::getValue, "error.price.order"))
                .bind(SupplyItemForm::getPriceMax, SupplyItemForm::setPriceMax);
        priceMin.addValueChangeListener(e -> {
            if (!priceMax.isEmpty()) {
                maxBinding.validate();
            }
        });
        binder.forField(referenceCases).bind(SupplyItemForm::getReferenceCases, SupplyItemForm::setReferenceCases);
        binder.forField(certifications).bind(SupplyItemForm::getCertifications, SupplyItemForm::setCertifications);

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        layout.add(kind, call);
        layout.add(name, 2);
        layout.add(description, 2);
        layout.add(sceneFields, industryFields, trl);
        layout.add(new Div());
        layout.add(priceMin, priceMax);
        layout.add(referenceCases, 2);
        layout.add(certifications, 2);
        save = new Button(getTranslation("requirement.save-draft"), e -> save(false));
        submit = new Button(getTranslation("supply.submit"), e -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> UI.getCurrent().navigate(SupplyView.class));
        add(new H3(getTranslation("supply.form-title")), layout, new HorizontalLayout(submit, save, cancel));
        binder.readBean(form);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        SupplyItemSummary existing = supply.findItem(id).orElse(null);
        if (existing == null) {
            Toasts.errorKey("error.supply.not-found");
            event.forwardTo(SupplyView.class);
            return;
        }
        itemId = id;
        form = SupplyItemForm.of(existing);
        binder.readBean(form);
    }

    void save(boolean andSubmit) {
        if (!binder.writeBeanIfValid(form)) {
            Toasts.errorKey("error.form.invalid");
            return;
        }
        try {
            SupplyItemSummary saved = itemId == null ? supply.createDraft(form) : supply.update(itemId, form);
            itemId = saved.id();
            if (andSubmit) {
                supply.submit(saved.id());
                Toasts.success("supply.submitted");
            } else {
                Toasts.success("common.saved");
            }
            UI.getCurrent().navigate(SupplyItemDetailView.class, saved.id());
        } catch (BusinessRuleException refusal) {
            HasValidation field = switch (refusal.messageKey()) {
                case "error.supply.trl-range" -> trl;
                case "error.price.order", "error.budget.negative", "error.budget.too-large" -> priceMax;
                case "error.supply.scene-fields-required" -> sceneFields;
                case "error.call.closed" -> call;
                default -> null;
            };
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(Toasts.message(refusal));
            }
            Toasts.error(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supply.form-title");
    }
}
