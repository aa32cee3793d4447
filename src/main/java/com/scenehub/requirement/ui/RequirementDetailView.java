package com.scenehub.requirement.ui;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.records.ui.AttachmentsPanel;
import com.scenehub.records.ui.Fields;
import com.scenehub.records.ui.Formats;
import com.scenehub.records.ui.ReasonDialog;
import com.scenehub.records.ui.RelatedLinks;
import com.scenehub.records.ui.RelatedViews;
import com.scenehub.records.ui.Timeline;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementStatus;
import com.scenehub.requirement.RequirementSummary;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;

/** One requirement: its content, analysis, decision, attachments and history, and what the user may do next. */
@Route("requirement")
@RolesAllowed({Roles.ENTERPRISE, Roles.EXPERT, Roles.MANAGER, Roles.ADMIN})
public class RequirementDetailView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient RequirementService requirements;
    private final transient ReferenceDataService referenceData;
    private final transient OrganisationService organisations;
    private final transient AuthenticatedUser authenticatedUser;
    private final transient List<RelatedViews> relatedViews;
    final HorizontalLayout actions = new HorizontalLayout();
    Button edit;
    Button submit;
    Button withdraw;
    Button assign;
    ComboBox<AccountSummary> expert;
    Button accept;
    Button returnButton;
    Button reject;
    TextArea feasibility;
    TextArea maturity;
    TextArea suggested;
    Button saveAnalysis;
    ReasonDialog dialog;
    RequirementSummary requirement;
    RelatedLinks related;
    AttachmentsPanel attachments;

    RequirementDetailView(RequirementService requirements, ReferenceDataService referenceData,
            OrganisationService organisations, AuthenticatedUser authenticatedUser, List<RelatedViews> relatedViews) {
        this.requirements = requirements;
        this.relatedViews = relatedViews;
        this.referenceData = referenceData;
        this.organisations = organisations;
        this.authenticatedUser = authenticatedUser;
        addClassNames("sh-page", "sh-detail");
        actions.addClassName("sh-actions");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            requirement = requirements.findRequirement(id);
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
            event.forwardTo(RequirementsView.class);
            return;
        }
        render();
    }

    void render() {
        removeAll();
        actions.removeAll();
        RequirementSummary r = requirement;
        CurrentUser user = authenticatedUser.require();
        H2 heading = new H2(r.title());
        Div header = new Div(heading, RequirementLabels.badge(this, r.status()));
        header.addClassName("sh-detail-header");
        add(header, actions);
        if (r.status() != RequirementStatus.DRAFT) {
            related = new RelatedLinks(relatedViews, RelatedViews.RecordType.REQUIREMENT, r.id(), user);
            add(related);
        }

        Div fields = Fields.grid();
        String owner = organisations.findSummary(r.ownerOrganisationId()).map(OrganisationSummary::name).orElse("");
        Fields.add(fields, getTranslation("requirement.owner"), owner);
        Fields.add(fields, getTranslation("requirement.scene-field"), referenceData.label(ReferenceKind.SCENE_FIELD, r.sceneField(), getLocale()));
        Fields.add(fields, getTranslation("requirement.industry-field"), referenceData.label(ReferenceKind.INDUSTRY_FIELD, r.industryField(), getLocale()));
        Fields.add(fields, getTranslation("requirement.zone-area"), referenceData.label(ReferenceKind.ZONE_AREA, r.zoneArea(), getLocale()));
        Fields.add(fields, getTranslation("requirement.pain-points"), r.painPoints());
        Fields.add(fields, getTranslation("requirement.expected-outcome"), r.expectedOutcome());
        Fields.add(fields, getTranslation("requirement.indicators"), r.indicators());
        Fields.add(fields, getTranslation("requirement.budget"), Formats.range(r.budgetMin(), r.budgetMax()));
        Fields.add(fields, getTranslation("requirement.timeframe"),
                r.timeframeStart() == null && r.timeframeEnd() == null ? null
                        : Formats.date(r.timeframeStart()) + " – " + Formats.date(r.timeframeEnd()));
        Fields.add(fields, getTranslation("requirement.open-resources"), r.openResources());
        Fields.add(fields, getTranslation("requirement.contact"), join(r.contactName(), r.contactPhone()));
        Fields.add(fields, getTranslation("requirement.decision-reason"), r.decisionReason());
        add(fields);

        if (r.expertName() != null) {
            add(new H3(getTranslation("requirement.analysis")));
            Div analysis = Fields.grid();
            Fields.add(analysis, getTranslation("requirement.expert"), r.expertName());
            Fields.add(analysis, getTranslation("requirement.analysis-feasibility"), r.analysisFeasibility());
            Fields.add(analysis, getTranslation("requirement.analysis-maturity"), r.analysisMaturity());
            Fields.add(analysis, getTranslation("requirement.analysis-indicators"), r.analysisIndicators());
            Fields.add(analysis, getTranslation("requirement.analysed-at"), Formats.time(r.analysedAt()));
            add(analysis);
        }

        boolean owner_ = user.hasRole(Roles.ENTERPRISE) && r.ownerOrganisationId().equals(user.organisationId());
        if (owner_) {
            ownerActions(r);
        }
        if (user.hasRole(Roles.MANAGER)) {
            managerActions(r);
        }
        if (user.hasRole(Roles.EXPERT) && user.userId().equals(r.expertUserId()) && r.status() == RequirementStatus.IN_ANALYSIS) {
            analysisForm(r);
        }

        add(new H3(getTranslation("attachment.title")));
        attachments = new AttachmentsPanel(() -> requirements.attachments(r.id()), a -> requirements.attachmentContent(r.id(), a),
                owner_ && r.status().editable() ? (name, bytes) -> requirements.attach(r.id(), name, bytes) : null);
        add(attachments);
        add(new H3(getTranslation("common.history")));
        add(new Timeline(requirements.history(r.id()), s -> getTranslation("requirement.status." + s)));
    }

    private void ownerActions(RequirementSummary r) {
        if (r.status().editable()) {
            edit = new Button(getTranslation("common.edit"), e -> UI.getCurrent().navigate(RequirementFormView.class, r.id()));
            submit = new Button(getTranslation("requirement.submit"), e -> act(() -> requirements.submit(r.id()), "requirement.submitted"));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(submit, edit);
        }
        if (r.status().withdrawable()) {
            withdraw = new Button(getTranslation("requirement.withdraw"), e -> {
                dialog = new ReasonDialog(getTranslation("requirement.withdraw"), getTranslation("requirement.withdraw"), false,
                        reason -> run(() -> requirements.withdraw(r.id(), reason), "requirement.withdrawn-done"));
                dialog.open();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
    }

    private void managerActions(RequirementSummary r) {
        if (r.status() == RequirementStatus.SUBMITTED || r.status() == RequirementStatus.IN_ANALYSIS) {
            expert = new ComboBox<>(getTranslation("requirement.expert"));
            expert.setItems(requirements.experts());
            expert.setItemLabelGenerator(AccountSummary::displayName);
            assign = new Button(getTranslation("requirement.assign"), e -> {
                if (expert.getValue() == null) {
                    expert.setInvalid(true);
                    expert.setErrorMessage(getTranslation("error.requirement.expert-required"));
                    return;
                }
                act(() -> requirements.assignExpert(r.id(), expert.getValue().id()), "requirement.assigned-done");
            });
            HorizontalLayout assignRow = new HorizontalLayout(expert, assign);
            assignRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            actions.add(assignRow);
        }
        if (r.status() == RequirementStatus.IN_ANALYSIS) {
            accept = new Button(getTranslation("requirement.accept"), e -> {
                dialog = new ReasonDialog(getTranslation("requirement.accept"), getTranslation("requirement.accept"), false,
                        note -> run(() -> requirements.accept(r.id(), note), "requirement.accepted-done"));
                dialog.open();
            });
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            accept.setId("requirement-accept");
            returnButton = new Button(getTranslation("requirement.return"), e -> {
                dialog = new ReasonDialog(getTranslation("requirement.return"), getTranslation("requirement.return"), true,
                        reason -> run(() -> requirements.returnForRevision(r.id(), reason), "requirement.returned-done"));
                dialog.open();
            });
            reject = new Button(getTranslation("requirement.reject"), e -> {
                dialog = new ReasonDialog(getTranslation("requirement.reject"), getTranslation("requirement.reject"), true,
                        reason -> run(() -> requirements.reject(r.id(), reason), "requirement.rejected-done"));
                dialog.open();
            });
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(accept, returnButton, reject);
        }
    }

    private void analysisForm(RequirementSummary r) {
        add(new H3(getTranslation("requirement.write-analysis")));
        feasibility = area("requirement.analysis-feasibility", r.analysisFeasibility(), 4000);
        maturity = area("requirement.analysis-maturity", r.analysisMaturity(), 4000);
        suggested = area("requirement.analysis-indicators", r.analysisIndicators(), 2000);
        saveAnalysis = new Button(getTranslation("requirement.save-analysis"), e -> act(() -> requirements.writeAnalysis(
                r.id(), feasibility.getValue(), maturity.getValue(), suggested.getValue()), "requirement.analysis-saved"));
        saveAnalysis.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAnalysis.setId("analysis-save");
        feasibility.setId("analysis-feasibility");
        maturity.setId("analysis-maturity");
        add(feasibility, maturity, suggested, saveAnalysis);
    }

    private TextArea area(String key, String value, int max) {
        TextArea area = new TextArea(getTranslation(key));
        area.setMaxLength(max);
        area.setWidthFull();
        area.setValue(value == null ? "" : value);
        return area;
    }

    /** Runs an action; on success shows the result, on refusal keeps the page and says why. */
    private void act(Supplier<RequirementSummary> action, String successKey) {
        try {
            run(action, successKey);
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
        }
    }

    /** For dialogs: a refusal propagates so the dialog stays open with the text kept. */
    private void run(Supplier<RequirementSummary> action, String successKey) {
        requirement = action.get();
        Toasts.success(successKey);
        render();
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
    }

    @Override
    public String getPageTitle() {
        return requirement == null ? getTranslation("nav.requirements") : requirement.title();
    }
}
