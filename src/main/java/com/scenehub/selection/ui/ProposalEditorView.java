package com.scenehub.selection.ui;

import com.scenehub.opportunity.Criterion;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.records.ui.AttachmentsPanel;
import com.scenehub.records.ui.Inputs;
import com.scenehub.records.ui.Fields;
import com.scenehub.records.ui.Formats;
import com.scenehub.records.ui.ReasonDialog;
import com.scenehub.selection.ProposalDetails;
import com.scenehub.selection.ProposalForm;
import com.scenehub.selection.ProposalStatus;
import com.scenehub.selection.SelectionService;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;

/** A provider writes, submits or withdraws its proposal for one opportunity (parameter: opportunity id). */
@Route("proposal")
@RolesAllowed(Roles.PROVIDER)
public class ProposalEditorView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient SelectionService selection;
    private final transient OpportunityService opportunities;
    final TextArea approach = new TextArea();
    final BigDecimalField price;
    final TextArea schedule = new TextArea();
    final TextArea team = new TextArea();
    final Binder<ProposalForm> binder = new Binder<>(ProposalForm.class);
    Button save;
    Button submit;
    Button withdraw;
    Upload upload;
    OpportunityDetails opportunity;
    ProposalDetails proposal;

    ProposalEditorView(SelectionService selection, OpportunityService opportunities) {
        this.selection = selection;
        this.opportunities = opportunities;
        addClassNames("sh-page", "sh-detail");
        approach.setLabel(getTranslation("proposal.approach"));
        approach.setMaxLength(4000);
        price = Inputs.money("proposal.price");
        schedule.setLabel(getTranslation("proposal.schedule"));
        schedule.setMaxLength(2000);
        team.setLabel(getTranslation("proposal.team"));
        team.setMaxLength(2000);
        approach.setId("proposal-approach");
        price.setId("proposal-price");
        schedule.setId("proposal-schedule");
        team.setId("proposal-team");
        binder.forField(approach).bind(ProposalForm::getApproach, ProposalForm::setApproach);
        binder.forField(price)
                .withValidator(Inputs.yuan())
                .withValidator(v -> v == null || v.signum() > 0, getTranslation("error.proposal.price-positive"))
                .bind(ProposalForm::getPrice, ProposalForm::setPrice);
        binder.forField(schedule).bind(ProposalForm::getSchedule, ProposalForm::setSchedule);
        binder.forField(team).bind(ProposalForm::getTeam, ProposalForm::setTeam);
    }

    @Override
    public void setParameter(BeforeEvent event, Long opportunityId) {
        opportunity = opportunities.findOpportunity(opportunityId).orElse(null);
        if (opportunity == null) {
            Toasts.errorKey("error.opportunity.not-found");
            event.forwardTo(ProposalsView.class);
            return;
        }
        proposal = selection.myProposalFor(opportunityId).orElse(null);
        binder.setBean(proposal == null ? new ProposalForm() : ProposalForm.of(proposal));
        render();
    }

    void render() {
        removeAll();
        add(new H2(opportunity.title()));
        Div fields = Fields.grid();
        Fields.add(fields, getTranslation("selection.mode"), SelectionLabels.mode(this, opportunity.selectionMode()));
        Fields.add(fields, getTranslation("selection.budget"), Formats.money(opportunity.budget()));
        Fields.add(fields, getTranslation("selection.window-closes"), Formats.time(opportunity.windowCloses()));
        Fields.add(fields, getTranslation("selection.summary"), opportunity.summary());
        StringBuilder criteria = new StringBuilder();
        for (Criterion c : opportunity.criteria()) {
            criteria.append(c.name()).append(" (").append(c.weight()).append(")  ");
        }
        Fields.add(fields, getTranslation("selection.criteria"), criteria.toString().trim());
        add(fields);
        Paragraph sealed = new Paragraph(getTranslation("proposal.sealed-note"));
        sealed.addClassName("sh-muted");
        add(sealed);

        if (proposal != null) {
            HorizontalLayout status = new HorizontalLayout(SelectionLabels.proposal(this, proposal.status()));
            if (proposal.submittedAt() != null) {
                status.add(new Div(getTranslation("proposal.submitted-at") + ": " + Formats.time(proposal.submittedAt())));
            }
            add(status);
        }
        boolean editable = proposal == null || proposal.status() == ProposalStatus.DRAFT;
        FormLayout form = new FormLayout(approach, price, schedule, team);
        form.setColspan(approach, 2);
        approach.setReadOnly(!editable);
        price.setReadOnly(!editable);
        schedule.setReadOnly(!editable);
        team.setReadOnly(!editable);
        add(form);

        HorizontalLayout actions = new HorizontalLayout();
        if (editable) {
            save = new Button(getTranslation("proposal.save-draft"), e -> saveDraft());
            submit = new Button(getTranslation("proposal.submit"), e -> {
                if (saveDraft()) {
                    act(() -> selection.submit(proposal.id()), "proposal.submitted");
                }
            });
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("proposal-submit");
            save.setId("proposal-save");
            actions.add(submit, save);
        }
        if (proposal != null && (proposal.status() == ProposalStatus.DRAFT || proposal.status() == ProposalStatus.SUBMITTED)) {
            withdraw = new Button(getTranslation("proposal.withdraw"), e -> new ReasonDialog(
                    getTranslation("proposal.withdraw"), getTranslation("proposal.withdraw"), false,
                    reason -> {
                        proposal = selection.withdraw(proposal.id(), reason);
                        Toasts.success("proposal.withdrawn");
                        proposal = null;
                        binder.setBean(new ProposalForm());
                        render();
                    }).open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        add(actions);
        if (proposal != null) {
            add(new H3(getTranslation("proposal.attachments")));
            Long id = proposal.id();
            AttachmentsPanel files = new AttachmentsPanel(() -> selection.findProposal(id).attachments(),
                    a -> selection.proposalFile(id, a), null);
            add(files);
            if (editable) {
                upload = Inputs.upload((name, bytes) -> {
                    selection.attach(id, name, bytes);
                    Toasts.success("attachment.added", name);
                    render();
                });
                add(upload, Inputs.uploadRules());
            }
        }
    }

    /** Saves the draft (creating it on first save); keeps what was typed when refused. */
    boolean saveDraft() {
        if (binder.validate().hasErrors()) {
            Toasts.errorKey("error.form.invalid");
            return false;
        }
        ProposalForm form = binder.getBean();
        try {
            boolean created = proposal == null;
            proposal = created ? selection.createDraft(opportunity.id(), form)
                    : selection.updateDraft(proposal.id(), form);
            if (created) {
                render(); // now attachments can be added; the fields keep what was typed
            }
            Toasts.success("common.saved");
            return true;
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
            return false;
        }
    }

    private void act(Supplier<ProposalDetails> action, String successKey) {
        try {
            proposal = action.get();
            Toasts.success(successKey);
            render();
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.title");
    }
}
