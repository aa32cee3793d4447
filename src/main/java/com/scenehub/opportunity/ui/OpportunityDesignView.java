package com.scenehub.opportunity.ui;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityForm;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.records.ui.Choices;
import com.scenehub.records.ui.Inputs;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.shared.config.ClockConfig;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A manager designs an opportunity from accepted requirements. The application window is entered as
 * dates: it opens at 00:00 of the first day and closes at 23:59:59 of the last (Beijing time).
 */
@Route("opportunity-design")
@RolesAllowed(Roles.MANAGER)
public class OpportunityDesignView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    final MultiSelectComboBox<RequirementSummary> requirementsBox = new MultiSelectComboBox<>();
    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea scope = new TextArea();
    final TextArea indicators = new TextArea();
    final ComboBox<String> sceneField = new ComboBox<>();
    final ComboBox<String> industryField = new ComboBox<>();
    final ComboBox<String> zoneArea = new ComboBox<>();
    final BigDecimalField budget = Inputs.money("opportunity.budget");
    final TextArea supportPolicy = new TextArea();
    final ComboBox<SelectionMode> selectionMode = new ComboBox<>();
    final TextArea eligibility = new TextArea();
    final DatePicker windowOpens = Inputs.date("opportunity.window-opens");
    final DatePicker windowCloses = Inputs.date("opportunity.window-closes");
    final CriteriaEditor criteria = new CriteriaEditor();
    final Button save;
    final Button saveReady;
    final Binder<OpportunityForm> binder = new Binder<>(OpportunityForm.class);
    private final transient OpportunityService opportunities;
    private final List<RequirementSummary> accepted;
    private OpportunityForm form = new OpportunityForm();
    Long opportunityId;

    OpportunityDesignView(OpportunityService opportunities, RequirementService requirements,
            ReferenceDataService referenceData) {
        this.opportunities = opportunities;
        addClassNames("sh-page", "sh-form-page");
        accepted = requirements.accepted();
        requirementsBox.setLabel(getTranslation("opportunity.requirements"));
        requirementsBox.setItems(accepted);
        requirementsBox.setItemLabelGenerator(RequirementSummary::title);
        requirementsBox.setHelperText(getTranslation("opportunity.requirements.help"));
        requirementsBox.addSelectionListener(e -> prefill(e.getAddedSelection()));
        title.setLabel(getTranslation("opportunity.title"));
        title.setMaxLength(200);
        summary.setLabel(getTranslation("opportunity.summary"));
        summary.setMaxLength(1000);
        scope.setLabel(getTranslation("opportunity.scope"));
        scope.setMaxLength(4000);
        indicators.setLabel(getTranslation("opportunity.indicators"));
        indicators.setMaxLength(2000);
        sceneField.setLabel(getTranslation("opportunity.scene-field"));
        Choices.codes(sceneField, referenceData.active(ReferenceKind.SCENE_FIELD));
        industryField.setLabel(getTranslation("opportunity.industry-field"));
        Choices.codes(industryField, referenceData.active(ReferenceKind.INDUSTRY_FIELD));
        zoneArea.setLabel(getTranslation("opportunity.zone-area"));
        Choices.codes(zoneArea, referenceData.active(ReferenceKind.ZONE_AREA));
        supportPolicy.setLabel(getTranslation("opportunity.support-policy"));
        supportPolicy.setMaxLength(2000);
        supportPolicy.setHelperText(getTranslation("opportunity.support-policy.help"));
        selectionMode.setLabel(getTranslation("opportunity.mode"));
        selectionMode.setItems(SelectionMode.values());
        selectionMode.setItemLabelGenerator(m -> getTranslation("opportunity.mode." + m.name()));
        eligibility.setLabel(getTranslation("opportunity.eligibility"));
        eligibility.setMaxLength(4000);
        windowOpens.setHelperText(getTranslation("opportunity.window-opens.help"));
        windowCloses.setHelperText(getTranslation("opportunity.window-closes.help"));
        Inputs.ordered(windowOpens, windowCloses, null);

        binder.forField(requirementsBox)
                .withValidator(v -> !v.isEmpty(), getTranslation("error.opportunity.requirements-required"))
                .bind(f -> accepted.stream().filter(r -> f.getRequirementIds().contains(r.id())).collect(Collectors.toSet()),
                        (f, v) -> f.setRequirementIds(v.stream().map(RequirementSummary::id).collect(Collectors.toCollection(LinkedHashSet::new))));
        binder.forField(title).asRequired(getTranslation("error.opportunity.title-required")).bind(OpportunityForm::getTitle, OpportunityForm::setTitle);
        binder.forField(summary).asRequired(getTranslation("error.opportunity.summary-required")).bind(OpportunityForm::getSummary, OpportunityForm::setSummary);
        binder.forField(scope).asRequired(getTranslation("error.opportunity.scope-required")).bind(OpportunityForm::getScope, OpportunityForm::setScope);
        binder.forField(indicators).bind(OpportunityForm::getIndicators, OpportunityForm::setIndicators);
        binder.forField(sceneField).asRequired(getTranslation("error.opportunity.scene-field-required")).bind(OpportunityForm::getSceneField, OpportunityForm::setSceneField);
        binder.forField(industryField).bind(OpportunityForm::getIndustryField, OpportunityForm::setIndustryField);
        binder.forField(zoneArea).bind(OpportunityForm::getZoneArea, OpportunityForm::setZoneArea);
        binder.forField(budget).asRequired(getTranslation("error.opportunity.budget-positive"))
                .withValidator(Inputs.yuan())
                .withValidator(v -> v != null && v.signum() > 0, getTranslation("error.opportunity.budget-positive"))
                .bind(OpportunityForm::getBudget, OpportunityForm::setBudget);
        binder.forField(supportPolicy).bind(OpportunityForm::getSupportPolicy, OpportunityForm::setSupportPolicy);
        binder.forField(selectionMode).asRequired(getTranslation("error.opportunity.mode-required")).bind(OpportunityForm::getSelectionMode, OpportunityForm::setSelectionMode);
        binder.forField(eligibility).asRequired(getTranslation("error.opportunity.eligibility-required")).bind(OpportunityForm::getEligibility, OpportunityForm::setEligibility);
        binder.forField(windowOpens).asRequired(getTranslation("error.opportunity.window-required"))
                .bind(f -> f.getWindowOpens() == null ? null : LocalDate.ofInstant(f.getWindowOpens(), ClockConfig.ZONE),
                        (f, d) -> f.setWindowOpens(d == null ? null : opens(d)));
        binder.forField(windowCloses).asRequired(getTranslation("error.opportunity.window-required"))
                .withValidator(Inputs.notBefore(windowOpens::getValue, "error.dates.order"))
                .bind(f -> f.getWindowCloses() == null ? null : LocalDate.ofInstant(f.getWindowCloses(), ClockConfig.ZONE),
                        (f, d) -> f.setWindowCloses(d == null ? null : closes(d)));

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        layout.add(requirementsBox, 2);
        layout.add(title, 2);
        layout.add(summary, 2);
        layout.add(scope, 2);
        layout.add(indicators, 2);
        layout.add(sceneField, industryField, zoneArea, budget);
        layout.add(supportPolicy, 2);
        layout.add(selectionMode, new Div());
        layout.add(eligibility, 2);
        layout.add(windowOpens, windowCloses);

        save = new Button(getTranslation("common.save"), e -> save(false));
        saveReady = new Button(getTranslation("opportunity.save-ready"), e -> save(true));
        saveReady.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> UI.getCurrent().navigate(OpportunitiesView.class));
        add(new H3(getTranslation("opportunity.design-title")), layout, new H3(getTranslation("opportunity.criteria")),
                criteria, new HorizontalLayout(saveReady, save, cancel));
        form.setSelectionMode(SelectionMode.OPEN_COMPETITION);
        binder.readBean(form);
    }

    static Instant opens(LocalDate date) {
        return date.atStartOfDay(ClockConfig.ZONE).toInstant();
    }

    static Instant closes(LocalDate date) {
        return date.atTime(23, 59, 59).atZone(ClockConfig.ZONE).toInstant();
    }

    private void prefill(Set<RequirementSummary> added) {
        if (added.isEmpty()) {
            return;
        }
        RequirementSummary r = added.iterator().next();
        if (title.isEmpty()) {
            title.setValue(r.title());
        }
        if (sceneField.isEmpty() && r.sceneField() != null) {
            sceneField.setValue(r.sceneField());
        }
        if (industryField.isEmpty() && r.industryField() != null) {
            industryField.setValue(r.industryField());
        }
        if (zoneArea.isEmpty() && r.zoneArea() != null) {
            zoneArea.setValue(r.zoneArea());
        }
        if (scope.isEmpty() && r.expectedOutcome() != null) {
            scope.setValue(r.expectedOutcome());
        }
        if (indicators.isEmpty() && r.analysisIndicators() != null) {
            indicators.setValue(r.analysisIndicators());
        }
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        OpportunityDetails d = opportunities.findOpportunity(id).orElse(null);
        if (d == null) {
            Toasts.errorKey("error.opportunity.not-found");
            event.forwardTo(OpportunitiesView.class);
            return;
        }
        opportunityId = id;
        form = OpportunityForm.of(d);
        binder.readBean(form);
        criteria.setValue(d.criteria());
    }

    void save(boolean ready) {
        boolean valid = binder.writeBeanIfValid(form);
        if (!valid) {
            Toasts.errorKey("error.form.invalid");
            return;
        }
        form.setCriteria(criteria.getValue());
        try {
            OpportunityDetails saved = opportunityId == null ? opportunities.design(form)
                    : opportunities.update(opportunityId, form);
            opportunityId = saved.id();
            if (ready) {
                opportunities.markReady(saved.id());
            }
            Toasts.success(ready ? "opportunity.ready-done" : "common.saved");
            UI.getCurrent().navigate(OpportunityManageView.class, saved.id());
        } catch (BusinessRuleException refusal) {
            HasValidation field = switch (refusal.messageKey()) {
                case "error.dates.order", "error.opportunity.window-past" -> windowCloses;
                case "error.opportunity.budget-positive", "error.budget.too-large" -> budget;
                case "error.opportunity.requirement-not-accepted" -> requirementsBox;
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
        return getTranslation("opportunity.design-title");
    }
}
