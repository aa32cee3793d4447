package com.scenehub.requirement.ui;

import com.scenehub.records.ui.Choices;
import com.scenehub.records.ui.Inputs;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.requirement.RequirementForm;
import com.scenehub.requirement.RequirementRules;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The enterprise's guided requirement form. A refused save keeps every value and says what is wrong,
 * beside the field where it can.
 */
@Route("requirement-edit")
@RolesAllowed(Roles.ENTERPRISE)
public class RequirementFormView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    final TextField title = new TextField();
    final ComboBox<String> sceneField = new ComboBox<>();
    final ComboBox<String> industryField = new ComboBox<>();
    final ComboBox<String> zoneArea = new ComboBox<>();
    final TextArea painPoints = new TextArea();
    final TextArea expectedOutcome = new TextArea();
    final TextArea indicators = new TextArea();
    final BigDecimalField budgetMin = Inputs.money("requirement.budget-min");
    final BigDecimalField budgetMax = Inputs.money("requirement.budget-max");
    final DatePicker timeframeStart = Inputs.date("requirement.timeframe-start");
    final DatePicker timeframeEnd = Inputs.date("requirement.timeframe-end");
    final TextArea openResources = new TextArea();
    final TextField contactName = new TextField();
    final TextField contactPhone = new TextField();
    final Button saveDraft;
    final Button submit;
    final Binder<RequirementForm> binder = new Binder<>(RequirementForm.class);

    private final transient RequirementService requirements;
    private RequirementForm form = new RequirementForm();
    Long requirementId;

    RequirementFormView(RequirementService requirements, ReferenceDataService referenceData) {
        this.requirements = requirements;
        addClassNames("sh-page", "sh-form-page");
        Choices.codes(sceneField, referenceData.active(ReferenceKind.SCENE_FIELD));
        Choices.codes(industryField, referenceData.active(ReferenceKind.INDUSTRY_FIELD));
        Choices.codes(zoneArea, referenceData.active(ReferenceKind.ZONE_AREA));

        label(title, "requirement.title", RequirementRules.TITLE_MAX);
        sceneField.setLabel(getTranslation("requirement.scene-field"));
        industryField.setLabel(getTranslation("requirement.industry-field"));
        zoneArea.setLabel(getTranslation("requirement.zone-area"));
        label(painPoints, "requirement.pain-points", RequirementRules.LONG_TEXT_MAX);
        painPoints.setHelperText(getTranslation("requirement.pain-points.help"));
        label(expectedOutcome, "requirement.expected-outcome", RequirementRules.LONG_TEXT_MAX);
        label(indicators, "requirement.indicators", RequirementRules.MEDIUM_TEXT_MAX);
        Inputs.ordered(timeframeStart, timeframeEnd, null);
        label(openResources, "requirement.open-resources", RequirementRules.MEDIUM_TEXT_MAX);
        openResources.setHelperText(getTranslation("requirement.open-resources.help"));
        label(contactName, "requirement.contact-name", 100);
        label(contactPhone, "requirement.contact-phone", 32);

        binder.forField(title).asRequired(getTranslation("error.requirement.title-required"))
                .bind(RequirementForm::getTitle, RequirementForm::setTitle);
        binder.forField(sceneField).bind(RequirementForm::getSceneField, RequirementForm::setSceneField);
        binder.forField(industryField).bind(RequirementForm::getIndustryField, RequirementForm::setIndustryField);
        binder.forField(zoneArea).bind(RequirementForm::getZoneArea, RequirementForm::setZoneArea);
        binder.forField(painPoints).bind(RequirementForm::getPainPoints, RequirementForm::setPainPoints);
        binder.forField(expectedOutcome).bind(RequirementForm::getExpectedOutcome, RequirementForm::setExpectedOutcome);
        binder.forField(indicators).bind(RequirementForm::getIndicators, RequirementForm::setIndicators);
        binder.forField(budgetMin).withValidator(Inputs.yuan())
                .bind(RequirementForm::getBudgetMin, RequirementForm::setBudgetMin);
        var maxBinding = binder.forField(budgetMax).withValidator(Inputs.yuan())
                .withValidator(Inputs.notBelow(budgetMin::getValue, "error.budget.order"))
                .bind(RequirementForm::getBudgetMax, RequirementForm::setBudgetMax);
        binder.forField(timeframeStart).bind(RequirementForm::getTimeframeStart, RequirementForm::setTimeframeStart);
        var endBinding = binder.forField(timeframeEnd).withValidator(Inputs.notBefore(timeframeStart::getValue, "error.dates.order"))
                .bind(RequirementForm::getTimeframeEnd, RequirementForm::setTimeframeEnd);
        binder.forField(openResources).bind(RequirementForm::getOpenResources, RequirementForm::setOpenResources);
        binder.forField(contactName).bind(RequirementForm::getContactName, RequirementForm::setContactName);
        binder.forField(contactPhone).bind(RequirementForm::getContactPhone, RequirementForm::setContactPhone);
        budgetMin.addValueChangeListener(e -> {
            if (!budgetMax.isEmpty()) {
                maxBinding.validate();
            }
        });
        timeframeStart.addValueChangeListener(e -> {
            if (!timeframeEnd.isEmpty()) {
                endBinding.validate();
            }
        });

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        layout.add(title, 2);
        layout.add(sceneField, industryField, zoneArea);
        layout.add(new Div());
        layout.add(painPoints, 2);
        layout.add(expectedOutcome, 2);
        layout.add(indicators, 2);
        layout.add(budgetMin, budgetMax, timeframeStart, timeframeEnd);
        layout.add(openResources, 2);
        layout.add(contactName, contactPhone);

        saveDraft = new Button(getTranslation("requirement.save-draft"), e -> save(false));
        submit = new Button(getTranslation("requirement.submit"), e -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> UI.getCurrent().navigate(RequirementsView.class));
        title.setId("requirement-title");
        sceneField.setId("requirement-scene-field");
        painPoints.setId("requirement-pain-points");
        expectedOutcome.setId("requirement-expected-outcome");
        budgetMin.setId("requirement-budget-min");
        budgetMax.setId("requirement-budget-max");
        contactName.setId("requirement-contact-name");
        contactPhone.setId("requirement-contact-phone");
        submit.setId("requirement-submit");
        saveDraft.setId("requirement-save-draft");
        add(new H3(getTranslation("requirement.form-title")), new Paragraph(getTranslation("requirement.form-intro")),
                layout, new HorizontalLayout(submit, saveDraft, cancel));
        binder.readBean(form);
    }

    private void label(TextField field, String key, int max) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
    }

    private void label(TextArea field, String key, int max) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        try {
            RequirementSummary existing = requirements.findRequirement(id);
            requirementId = id;
            form = RequirementForm.of(existing);
            binder.readBean(form);
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
            event.forwardTo(RequirementsView.class);
        }
    }

    void save(boolean andSubmit) {
        if (!binder.writeBeanIfValid(form)) {
            Toasts.errorKey("error.form.invalid");
            return;
        }
        try {
            RequirementSummary saved = requirementId == null ? requirements.createDraft(form)
                    : requirements.update(requirementId, form);
            requirementId = saved.id();
            if (andSubmit) {
                requirements.submit(saved.id());
                Toasts.success("requirement.submitted");
            } else {
                Toasts.success("common.saved");
            }
            UI.getCurrent().navigate(RequirementDetailView.class, saved.id());
        } catch (BusinessRuleException refusal) {
            HasValidation field = fieldFor(refusal.messageKey());
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(Toasts.message(refusal));
            }
            Toasts.error(refusal);
        }
    }

    private HasValidation fieldFor(String key) {
        return switch (key) {
            case "error.requirement.title-required" -> title;
            case "error.requirement.scene-field-required" -> sceneField;
            case "error.requirement.pain-points-required" -> painPoints;
            case "error.requirement.outcome-required" -> expectedOutcome;
            case "error.requirement.contact-required" -> contactPhone.isEmpty() ? contactPhone : contactName;
            case "error.budget.order", "error.budget.negative", "error.budget.too-large" -> budgetMax;
            case "error.dates.order" -> timeframeEnd;
            default -> null;
        };
    }


    @Override
    public String getPageTitle() {
        return getTranslation(requirementId == null ? "requirement.new-title" : "requirement.edit-title");
    }
}
