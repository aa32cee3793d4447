package com.scenehub.project.ui;

import com.scenehub.records.ui.Inputs;

import com.scenehub.project.AgreementForm;
import com.scenehub.project.EvidenceUpload;
import com.scenehub.project.MilestonePlan;
import com.scenehub.project.MilestoneStatus;
import com.scenehub.project.MilestoneView;
import com.scenehub.project.ProjectDetails;
import com.scenehub.project.ProjectHistoryEntry;
import com.scenehub.project.ProjectService;
import com.scenehub.project.ProjectStatus;
import com.scenehub.records.StatusChange;
import com.scenehub.records.ui.Fields;
import com.scenehub.records.ui.Formats;
import com.scenehub.records.ui.ReasonDialog;
import com.scenehub.records.ui.Timeline;
import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** One scene project: agreement, confirmations, milestones with evidence and decisions, money, history. */
@Route("project")
@RolesAllowed({Roles.MANAGER, Roles.ENTERPRISE, Roles.PROVIDER, Roles.EXPERT})
public class ProjectView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient ProjectService projects;
    private final transient AccountService accounts;
    private final transient AuthenticatedUser authenticatedUser;
    ProjectDetails project;
    // agreement editor
    final BigDecimalField contractAmount;
    final BigDecimalField grantAmount;
    final DatePicker startDate;
    final DatePicker endDate;
    final Paragraph agreementError = new Paragraph();
    final Span sharesTotal = new Span();
    final List<MilestoneRow> rows = new ArrayList<>();
    Button addRow;
    Button saveAgreement;
    Button confirm;
    Button start;
    Button terminate;
    ComboBox<AccountSummary> expert;
    Button assignExpert;
    final Map<Long, TextArea> evidenceNotes = new HashMap<>();
    final Map<Long, List<EvidenceUpload>> pendingFiles = new HashMap<>();
    final Map<Long, Button> submitEvidence = new HashMap<>();
    final Map<Long, Button> accept = new HashMap<>();
    final Map<Long, Button> reject = new HashMap<>();
    final Map<Long, BigDecimalField> disbursementAmounts = new HashMap<>();
    final Map<Long, Upload> evidenceUploads = new HashMap<>();
    final Map<Long, Button> disburse = new HashMap<>();
    ReasonDialog dialog;
    private Div editor;

    ProjectView(ProjectService projects, AccountService accounts, AuthenticatedUser authenticatedUser) {
        this.projects = projects;
        this.accounts = accounts;
        this.authenticatedUser = authenticatedUser;
        addClassNames("sh-page", "sh-detail", "sh-project");
        contractAmount = Inputs.money("project.contract-amount");
        grantAmount = Inputs.money("project.grant-amount");
        grantAmount.setHelperText(getTranslation("project.grant-hint"));
        startDate = Inputs.date("project.start-date");
        endDate = Inputs.date("project.end-date");
        // keep the dates in order: the end not before the start, every due date within the period
        startDate.addValueChangeListener(e -> keepDatesInOrder());
        endDate.addValueChangeListener(e -> keepDatesInOrder());
        agreementError.addClassName("sh-error");
        agreementError.setId("agreement-error");
        contractAmount.setId("agreement-contract");
        grantAmount.setId("agreement-grant");
        startDate.setId("agreement-start");
        endDate.setId("agreement-end");
        sharesTotal.addClassName("sh-shares-total");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            project = projects.findProject(id);
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
            event.forwardTo(ProjectsView.class);
            return;
        }
        loadEditor();
        render();
    }

    /** Puts the saved agreement into the editor fields (only after loading, never over typed text). */
    void loadEditor() {
        contractAmount.setValue(project.contractAmount());
        grantAmount.setValue(project.grantAmount());
        startDate.setValue(project.startDate());
        endDate.setValue(project.endDate());
        rows.clear();
        for (MilestoneView m : project.milestones()) {
            rows.add(new MilestoneRow(m.name(), m.deliverable(), m.dueDate(), tidy(m.paymentShare())));
        }
        if (rows.isEmpty()) {
            rows.add(new MilestoneRow("", "", null, new BigDecimal("100")));
        }
        keepDatesInOrder();
        agreementError.setText("");
    }

    /** The end date may not precede the start; milestone due dates lie within the period. */
    void keepDatesInOrder() {
        endDate.setMin(startDate.getValue());
        startDate.setMax(endDate.getValue());
        for (MilestoneRow row : rows) {
            row.due.setMin(startDate.getValue());
            row.due.setMax(endDate.getValue());
        }
    }

    /** Shows the running total of the payment shares beside the milestones. */
    void showSharesTotal() {
        BigDecimal total = rows.stream().map(r -> r.share.getValue()).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        sharesTotal.setText(getTranslation("project.shares-total", plain(total)));
        sharesTotal.setClassName("sh-shares-off", total.compareTo(new BigDecimal("100")) != 0);
    }

    void render() {
        removeAll();
        evidenceNotes.clear();
        submitEvidence.clear();
        accept.clear();
        reject.clear();
        disbursementAmounts.clear();
        disburse.clear();
        CurrentUser user = authenticatedUser.require();
        ProjectDetails p = project;
        boolean manager = user.hasRole(Roles.MANAGER);
        boolean demand = user.hasRole(Roles.ENTERPRISE) && p.demandOrganisationId().equals(user.organisationId());
        boolean provider = user.hasRole(Roles.PROVIDER) && p.providerOrganisationId().equals(user.organisationId());
        boolean acceptanceExpert = user.hasRole(Roles.EXPERT) && user.userId().equals(p.acceptanceExpertId());

        Div header = new Div(new H2(p.title()), ProjectLabels.project(this, p.status()));
        header.addClassName("sh-detail-header");
        add(header);
        Div fields = Fields.grid();
        Fields.add(fields, getTranslation("project.demand"), p.demandOrganisationName());
        Fields.add(fields, getTranslation("project.provider"), p.providerOrganisationName());
        Fields.add(fields, getTranslation("project.contract-amount"), Formats.money(p.contractAmount()));
        Fields.add(fields, getTranslation("project.grant-amount"), Formats.money(p.grantAmount()));
        Fields.add(fields, getTranslation("project.disbursed"), Formats.money(p.disbursedAmount()));
        Fields.add(fields, getTranslation("project.period"), p.startDate() == null ? null
                : Formats.date(p.startDate()) + " – " + Formats.date(p.endDate()));
        Fields.add(fields, getTranslation("project.demand-confirmed"), p.demandConfirmedAt() == null
                ? getTranslation("project.not-confirmed") : p.demandConfirmedBy() + " · " + Formats.time(p.demandConfirmedAt()));
        Fields.add(fields, getTranslation("project.provider-confirmed"), p.providerConfirmedAt() == null
                ? getTranslation("project.not-confirmed") : p.providerConfirmedBy() + " · " + Formats.time(p.providerConfirmedAt()));
        if (p.acceptanceExpertId() != null) {
            Fields.add(fields, getTranslation("project.acceptance-expert"),
                    accounts.findAccount(p.acceptanceExpertId()).map(AccountSummary::displayName).orElse(""));
        }
        Fields.add(fields, getTranslation("project.termination-reason"), p.terminationReason());
        add(fields);

        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("sh-actions");
        if (p.status() == ProjectStatus.DRAFT && ((demand && p.demandConfirmedAt() == null)
                || (provider && p.providerConfirmedAt() == null)) && !p.milestones().isEmpty()) {
            confirm = new Button(getTranslation("project.confirm"), e -> act(() -> projects.confirm(p.id()), "project.confirmed"));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            confirm.setId("project-confirm");
            actions.add(confirm);
        }
        if (p.status() == ProjectStatus.SIGNED && (manager || demand || provider)) {
            start = new Button(getTranslation("project.start"), e -> act(() -> projects.start(p.id()), "project.started"));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("project-start");
            actions.add(start);
        }
        if (manager && p.status() != ProjectStatus.COMPLETED && p.status() != ProjectStatus.TERMINATED) {
            terminate = new Button(getTranslation("project.terminate"), e -> {
                dialog = new ReasonDialog(getTranslation("project.terminate"), getTranslation("project.terminate"), true,
                        reason -> {
                            project = projects.terminate(p.id(), reason);
                            Toasts.success("project.terminated");
                            render();
                        });
                dialog.open();
            });
            terminate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(terminate);
        }
        add(actions);

        if (p.status() == ProjectStatus.DRAFT && (manager || demand)) {
            add(new H3(getTranslation("project.agreement")));
            editor = new Div();
            add(editor);
            renderEditor();
        }
        if (manager && p.status() != ProjectStatus.COMPLETED && p.status() != ProjectStatus.TERMINATED) {
            expert = new ComboBox<>(getTranslation("project.acceptance-expert"));
            expert.setItemLabelGenerator(AccountSummary::displayName);
            expert.setItems(accounts.accountsWithRole(Roles.EXPERT));
            expert.addClassName("sh-expert-picker");
            assignExpert = new Button(getTranslation("project.assign-expert"), e -> {
                if (expert.getValue() != null) {
                    act(() -> projects.assignAcceptanceExpert(p.id(), expert.getValue().id()), "common.saved");
                }
            });
            HorizontalLayout row = new HorizontalLayout(expert, assignExpert);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            add(row);
        }

        add(new H3(getTranslation("project.milestones")));
        for (MilestoneView m : p.milestones()) {
            add(milestoneCard(p, m, manager, demand, provider, acceptanceExpert));
        }
        if (p.milestones().isEmpty()) {
            add(new Paragraph(getTranslation("project.no-milestones")));
        }
        add(new H3(getTranslation("project.history")));
        List<StatusChange> changes = projects.history(p.id()).stream().map(ProjectView::change).toList();
        add(new Timeline(changes, s -> s.startsWith("@") ? getTranslation("project.action." + s.substring(1))
                : getTranslation("project.status." + s)));
    }

    private static StatusChange change(ProjectHistoryEntry h) {
        String to = h.from() == h.to() || h.from() == null ? "@" + h.action() : h.to().name();
        String from = h.from() == null || h.from() == h.to() ? null : h.from().name();
        return new StatusChange(h.at(), h.actor(), from, to, h.note());
    }

    private void renderEditor() {
        editor.removeAll();
        Div money = new Div(contractAmount, grantAmount, startDate, endDate);
        money.addClassName("sh-agreement-fields");
        editor.add(money);
        Div table = new Div();
        table.addClassName("sh-milestone-editor");
        for (MilestoneRow row : rows) {
            Button remove = new Button(getTranslation("project.remove-milestone"), e -> {
                rows.remove(row);
                renderEditor();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div line = new Div(row.name, row.deliverable, row.due, row.share, remove);
            line.addClassName("sh-milestone-row");
            table.add(line);
        }
        editor.add(table);
        addRow = new Button(getTranslation("project.add-milestone"), e -> {
            rows.add(new MilestoneRow("", "", null, null));
            keepDatesInOrder();
            renderEditor();
        });
        saveAgreement = new Button(getTranslation("project.save-agreement"), e -> saveAgreement());
        saveAgreement.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAgreement.setId("agreement-save");
        addRow.setId("agreement-add-milestone");
        Span hint = new Span(getTranslation("project.shares-hint"));
        hint.addClassName("sh-muted");
        showSharesTotal();
        HorizontalLayout buttons = new HorizontalLayout(addRow, saveAgreement, sharesTotal);
        buttons.setAlignItems(HorizontalLayout.Alignment.CENTER);
        editor.add(buttons, hint, agreementError);
    }

    /** Saves the agreement; a refused value keeps everything typed and says why beside the form. */
    void saveAgreement() {
        List<HasValidation> fields = new ArrayList<>(List.of(contractAmount, grantAmount, startDate, endDate));
        rows.forEach(r -> fields.addAll(List.of(r.due, r.share)));
        if (Inputs.anyInvalid(fields.toArray(HasValidation[]::new))) {
            agreementError.setText(getTranslation("error.form.invalid"));
            Toasts.errorKey("error.form.invalid");
            return;
        }
        try {
            List<MilestonePlan> plans = new ArrayList<>();
            for (MilestoneRow row : rows) {
                plans.add(new MilestonePlan(row.name.getValue(), row.deliverable.getValue(), row.due.getValue(),
                        row.share.getValue()));
            }
            AgreementForm form = new AgreementForm(contractAmount.getValue(), grantAmount.getValue(),
                    startDate.getValue(), endDate.getValue(), plans);
            project = projects.updateAgreement(project.id(), form);
            agreementError.setText("");
            Toasts.success("common.saved");
            render();
        } catch (BusinessRuleException refusal) {
            agreementError.setText(Toasts.message(refusal));
            Toasts.error(refusal);
        }
    }

    private Div milestoneCard(ProjectDetails p, MilestoneView m, boolean manager, boolean demand, boolean provider,
            boolean acceptanceExpert) {
        Div card = new Div();
        card.addClassName("sh-milestone-card");
        Div head = new Div(new H4(m.position() + ". " + m.name()), ProjectLabels.milestone(this, m.status(), m.overdue()));
        head.addClassName("sh-detail-header");
        card.add(head);
        Div fields = Fields.grid();
        Fields.add(fields, getTranslation("milestone.deliverable"), m.deliverable());
        Fields.add(fields, getTranslation("milestone.due"), Formats.date(m.dueDate()));
        Fields.add(fields, getTranslation("milestone.share"), plain(m.paymentShare()) + " %");
        Fields.add(fields, getTranslation("milestone.evidence"), m.evidenceNote());
        Fields.add(fields, getTranslation("milestone.decision"), m.decisionNote());
        if (m.demandDecidedAt() != null) {
            Fields.add(fields, getTranslation("milestone.demand-decided"), m.demandDecidedBy() + " · " + Formats.time(m.demandDecidedAt()));
        }
        if (m.expertDecidedAt() != null) {
            Fields.add(fields, getTranslation("milestone.expert-decided"), m.expertDecidedBy() + " · " + Formats.time(m.expertDecidedAt()));
        }
        if (m.disbursed().signum() > 0) {
            Fields.add(fields, getTranslation("milestone.disbursed"), Formats.money(m.disbursed()));
        }
        card.add(fields);
        for (MilestoneView.EvidenceFile f : m.evidence()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = projects.readEvidence(f.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), f.fileName(), f.contentType(), bytes.length);
            }), f.fileName());
            link.getElement().setAttribute("download", true);
            card.add(new Div(link));
        }
        boolean running = p.status() == ProjectStatus.IN_PROGRESS;
        if (provider && running && (m.status() == MilestoneStatus.PENDING || m.status() == MilestoneStatus.REJECTED)) {
            TextArea note = new TextArea(getTranslation("milestone.evidence-note"));
            note.setMaxLength(2000);
            note.setWidthFull();
            evidenceNotes.put(m.id(), note);
            List<EvidenceUpload> files = pendingFiles.computeIfAbsent(m.id(), k -> new CopyOnWriteArrayList<>());
            Div chosen = new Div();
            chosen.addClassName("sh-muted");
            Runnable showChosen = () -> chosen.setText(files.isEmpty() ? getTranslation("milestone.no-files")
                    : String.join(", ", files.stream().map(EvidenceUpload::fileName).toList()));
            showChosen.run();
            Upload input = Inputs.upload((name, bytes) -> {
                files.add(new EvidenceUpload(name, bytes));
                showChosen.run();
            });
            evidenceUploads.put(m.id(), input);
            Button submit = new Button(getTranslation("milestone.submit-evidence"), e -> {
                try {
                    project = projects.submitEvidence(m.id(), note.getValue(), List.copyOf(files));
                    files.clear();
                    input.clearFileList();
                    Toasts.success("milestone.evidence-submitted");
                    render();
                } catch (BusinessRuleException refusal) {
                    Toasts.error(refusal);
                }
            });
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submitEvidence.put(m.id(), submit);
            card.add(note, input, Inputs.uploadRules(), chosen, submit);
        }
        if (demand && running && m.status() == MilestoneStatus.SUBMITTED) {
            decisionButtons(card, m, (ok, note) -> projects.decideMilestone(m.id(), ok, note));
        }
        if (acceptanceExpert && p.status() == ProjectStatus.ACCEPTANCE && m.status() == MilestoneStatus.DEMAND_ACCEPTED) {
            decisionButtons(card, m, (ok, note) -> projects.expertAcceptance(p.id(), ok, note));
        }
        if (manager && m.status() == MilestoneStatus.MET && p.status() != ProjectStatus.TERMINATED
                && p.disbursedAmount().compareTo(p.grantAmount()) < 0) {
            BigDecimalField amount = Inputs.money("milestone.disbursement-amount");
            amount.setHelperText(getTranslation("milestone.disbursement-left",
                    Formats.money(p.grantAmount().subtract(p.disbursedAmount()))));
            TextField reference = new TextField(getTranslation("milestone.disbursement-reference"));
            reference.setMaxLength(100);
            Button record = new Button(getTranslation("milestone.record-disbursement"), e -> {
                if (amount.isInvalid()) {
                    Toasts.errorKey("error.form.invalid");
                    return;
                }
                try {
                    project = projects.recordDisbursement(m.id(), amount.getValue(), reference.getValue());
                    Toasts.success("milestone.disbursed-done");
                    render();
                } catch (BusinessRuleException refusal) {
                    Toasts.error(refusal);
                }
            });
            disbursementAmounts.put(m.id(), amount);
            disburse.put(m.id(), record);
            HorizontalLayout row = new HorizontalLayout(amount, reference, record);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            row.setWrap(true);
            card.add(row);
        }
        return card;
    }

    private interface Decision {
        ProjectDetails decide(boolean accept, String note);
    }

    private void decisionButtons(Div card, MilestoneView m, Decision decision) {
        Button ok = new Button(getTranslation("milestone.accept"), e -> act(() -> decision.decide(true, null),
                "milestone.accepted"));
        ok.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("milestone.reject"), e -> {
            dialog = new ReasonDialog(getTranslation("milestone.reject"), getTranslation("milestone.reject"), true,
                    reason -> {
                        project = decision.decide(false, reason);
                        Toasts.success("milestone.rejected");
                        render();
                    });
            dialog.open();
        });
        no.addThemeVariants(ButtonVariant.LUMO_ERROR);
        accept.put(m.id(), ok);
        reject.put(m.id(), no);
        card.add(new HorizontalLayout(ok, no));
    }

    private void act(Supplier<ProjectDetails> action, String successKey) {
        try {
            project = action.get();
            Toasts.success(successKey);
            render();
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
        }
    }

    /** 40.00 → 40, 12.50 → 12.5 (a share as the user would type it). */
    private static BigDecimal tidy(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal t = n.stripTrailingZeros();
        return t.scale() < 0 ? t.setScale(0) : t;
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    /** One editable milestone line of the agreement. */
    final class MilestoneRow {
        final TextField name = new TextField(getTranslation("milestone.name"));
        final TextField deliverable = new TextField(getTranslation("milestone.deliverable"));
        final DatePicker due = Inputs.date("milestone.due");
        final BigDecimalField share = Inputs.percent("milestone.share");

        MilestoneRow(String n, String d, LocalDate dueDate, BigDecimal s) {
            name.setValue(n);
            name.setMaxLength(200);
            name.addClassName("sh-milestone-name");
            deliverable.setValue(d);
            deliverable.setMaxLength(1000);
            deliverable.addClassName("sh-milestone-deliverable");
            due.setValue(dueDate);
            share.setValue(s);
            share.addValueChangeListener(e -> showSharesTotal());
        }
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("nav.projects") : project.title();
    }
}
