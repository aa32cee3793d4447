package com.scenehub.selection.ui;

import com.scenehub.opportunity.Criterion;
import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityStatus;
import com.scenehub.opportunity.SelectionMode;
import com.scenehub.records.ui.AttachmentsPanel;
import com.scenehub.records.ui.Fields;
import com.scenehub.records.ui.Formats;
import com.scenehub.records.ui.ReasonDialog;
import com.scenehub.records.ui.Timeline;
import com.scenehub.security.AccountSummary;
import com.scenehub.selection.CriterionScore;
import com.scenehub.selection.ObjectionView;
import com.scenehub.selection.PanelAssignment;
import com.scenehub.selection.ProposalDetails;
import com.scenehub.selection.ProposalStatus;
import com.scenehub.selection.RankedProposal;
import com.scenehub.selection.SelectionOverview;
import com.scenehub.selection.SelectionService;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.scenehub.records.ui.Inputs;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The selection for one opportunity. Managers run it (panel, ranking, notice, objections, award);
 * the demand enterprise docks directly (shortlist, meetings, choice); panel experts declare
 * conflicts and score. Proposals stay sealed until the window closes.
 */
@Route("selection")
@RolesAllowed({Roles.MANAGER, Roles.ENTERPRISE, Roles.EXPERT})
public class SelectionView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient SelectionService selection;
    private final transient AuthenticatedUser authenticatedUser;
    private final transient Clock clock;
    Long opportunityId;
    SelectionOverview overview;
    // manager
    Button startEvaluation;
    MultiSelectComboBox<AccountSummary> experts;
    Button formPanel;
    Grid<RankedProposal> ranking;
    Button confirmChoice;
    Button finalise;
    Button noResult;
    Button cancel;
    // demand enterprise
    DatePicker meetingDate;
    TextField participants;
    TextArea minutes;
    Button recordMeeting;
    // expert
    final Map<Long, List<BigDecimalField>> scoreFields = new HashMap<>();
    final Map<Long, List<TextField>> commentFields = new HashMap<>();
    final Map<Long, Button> saveScores = new HashMap<>();
    final Map<Long, Paragraph> scoreErrors = new HashMap<>();
    final Map<Long, Button> declareNone = new HashMap<>();
    final Map<Long, Button> declareConflict = new HashMap<>();
    ReasonDialog dialog;

    SelectionView(SelectionService selection, AuthenticatedUser authenticatedUser, Clock clock) {
        this.selection = selection;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
        addClassNames("sh-page", "sh-detail", "sh-selection");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        opportunityId = id;
        try {
            overview = selection.overview(id);
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
            event.forwardTo(SelectionsView.class);
            return;
        }
        render();
    }

    void refresh() {
        overview = selection.overview(opportunityId);
        render();
    }

    void render() {
        removeAll();
        scoreFields.clear();
        commentFields.clear();
        saveScores.clear();
        scoreErrors.clear();
        declareNone.clear();
        declareConflict.clear();
        CurrentUser user = authenticatedUser.require();
        OpportunityDetails o = overview.opportunity();
        Div header = new Div(new H2(o.title()), SelectionLabels.opportunity(this, o.status()));
        header.addClassName("sh-detail-header");
        add(header);
        Div fields = Fields.grid();
        Fields.add(fields, getTranslation("selection.batch"), o.listTitle());
        Fields.add(fields, getTranslation("selection.mode"), SelectionLabels.mode(this, o.selectionMode()));
        Fields.add(fields, getTranslation("selection.budget"), Formats.money(o.budget()));
        Fields.add(fields, getTranslation("selection.window-closes"), Formats.time(o.windowCloses()));
        Fields.add(fields, getTranslation("selection.received"), String.valueOf(overview.receivedCount()));
        Fields.add(fields, getTranslation("selection.criteria"), o.criteria().stream()
                .map(c -> c.name() + " (" + c.weight() + ")").collect(Collectors.joining("、")));
        if (overview.chosenProviderName() != null) {
            Fields.add(fields, getTranslation("selection.chosen"), overview.chosenProviderName());
        }
        if (overview.noticeEnds() != null) {
            Fields.add(fields, getTranslation("selection.notice-period"),
                    Formats.date(overview.noticeStarts()) + " – " + Formats.date(overview.noticeEnds()));
        }
        if (o.outcomeReason() != null) {
            Fields.add(fields, getTranslation("selection.outcome-reason"), o.outcomeReason());
        }
        add(fields);
        if (overview.sealed()) {
            Paragraph sealed = new Paragraph(getTranslation("selection.sealed", Formats.time(o.windowCloses())));
            sealed.addClassName("sh-notice");
            add(sealed);
        }
        if (overview.projectId() != null) {
            Button project = new Button(getTranslation("selection.go-to-project"),
                    e -> UI.getCurrent().getPage().setLocation("project/" + overview.projectId()));
            project.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(project);
        }

        if (user.hasRole(Roles.MANAGER)) {
            managerSection(o);
        }
        boolean demand = user.hasRole(Roles.ENTERPRISE) && o.demandOrganisationIds().contains(user.organisationId());
        if (demand && o.selectionMode() == SelectionMode.DIRECT_DOCKING) {
            dockingSection(o);
        }
        if (user.hasRole(Roles.EXPERT) && overview.panelExpertIds().contains(user.userId())) {
            expertSection(o);
        }
        if (!user.hasRole(Roles.EXPERT) || user.hasRole(Roles.MANAGER) || demand) {
            proposalsSection(o, demand);
        }
        if (user.hasRole(Roles.MANAGER) || demand) {
            add(new H3(getTranslation("selection.history")));
            add(new Timeline(selection.history(opportunityId), s -> getTranslation("selection.action." + s)));
        }
    }

    private void managerSection(OpportunityDetails o) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("sh-actions");
        boolean windowClosed = !overview.sealed();
        if (o.status() == OpportunityStatus.OPEN && windowClosed && o.selectionMode() == SelectionMode.DIRECT_DOCKING) {
            startEvaluation = new Button(getTranslation("selection.start-evaluation"),
                    e -> act(() -> selection.startEvaluation(opportunityId), "selection.evaluation-started"));
            startEvaluation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            startEvaluation.setId("selection-start-evaluation");
            actions.add(startEvaluation);
        }
        if (o.selectionMode() == SelectionMode.DIRECT_DOCKING && o.status() == OpportunityStatus.EVALUATING
                && overview.chosenProposalId() != null && !overview.finalised()) {
            confirmChoice = new Button(getTranslation("selection.confirm-choice", overview.chosenProviderName()),
                    e -> act(() -> selection.confirmChoice(opportunityId), "selection.awarded"));
            confirmChoice.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            confirmChoice.setId("selection-confirm-choice");
            actions.add(confirmChoice);
        }
        if (o.status() == OpportunityStatus.NOTICE) {
            finalise = new Button(getTranslation("selection.finalise"),
                    e -> act(() -> selection.finalise(opportunityId), "selection.awarded"));
            finalise.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            finalise.setId("selection-finalise");
            actions.add(finalise);
        }
        if (o.status() == OpportunityStatus.EVALUATING || o.status() == OpportunityStatus.NOTICE) {
            noResult = new Button(getTranslation("selection.no-result"), e -> {
                dialog = new ReasonDialog(getTranslation("selection.no-result"), getTranslation("selection.no-result"),
                        true, reason -> {
                            selection.noResult(opportunityId, reason);
                            Toasts.success("selection.recorded");
                            refresh();
                        });
                dialog.open();
            });
            noResult.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(noResult);
        }
        if (o.status().active()) {
            cancel = new Button(getTranslation("selection.cancel"), e -> {
                dialog = new ReasonDialog(getTranslation("selection.cancel"), getTranslation("selection.cancel"), true,
                        reason -> {
                            selection.cancel(opportunityId, reason);
                            Toasts.success("selection.recorded");
                            refresh();
                        });
                dialog.open();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(cancel);
        }
        add(actions);

        if (o.selectionMode() != SelectionMode.OPEN_COMPETITION) {
            return;
        }
        add(new H3(getTranslation("selection.panel")));
        if (overview.panelExpertNames().isEmpty()) {
            add(new Paragraph(getTranslation("selection.panel-none")));
        } else {
            add(new Paragraph(String.join("、", overview.panelExpertNames())));
        }
        if (windowClosed && (o.status() == OpportunityStatus.OPEN || o.status() == OpportunityStatus.EVALUATING)
                && overview.chosenProposalId() == null) {
            experts = new MultiSelectComboBox<>(getTranslation("selection.choose-experts"));
            experts.setItemLabelGenerator(AccountSummary::displayName);
            experts.setItems(selection.experts().stream()
                    .filter(a -> !overview.panelExpertIds().contains(a.id())).toList());
            experts.setWidth("28rem");
            formPanel = new Button(getTranslation("selection.form-panel"), e -> act(() -> selection.formPanel(
                    opportunityId, experts.getValue().stream().map(AccountSummary::id).toList()), "selection.panel-formed"));
            formPanel.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            formPanel.setId("panel-form");
            experts.setId("panel-experts");
            HorizontalLayout row = new HorizontalLayout(experts, formPanel);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            add(row);
        }
        if (!overview.panelExpertIds().isEmpty()) {
            add(new H3(getTranslation("selection.ranking")));
            Paragraph how = new Paragraph(getTranslation("selection.ranking-how"));
            how.addClassName("sh-muted");
            add(how);
            ranking = new Grid<>();
            ranking.addColumn(RankedProposal::rank).setHeader("#").setWidth("4rem").setFlexGrow(0);
            ranking.addColumn(RankedProposal::providerName).setHeader(getTranslation("proposal.provider")).setFlexGrow(2);
            ranking.addColumn(r -> Formats.money(r.price())).setHeader(getTranslation("proposal.price"))
                    .setAutoWidth(true).setFlexGrow(0);
            List<Criterion> criteria = o.criteria();
            for (int i = 0; i < criteria.size(); i++) {
                int index = i;
                ranking.addColumn(r -> r.criterionMeans().get(index) == null ? "–" : r.criterionMeans().get(index).toPlainString())
                        .setHeader(criteria.get(i).name() + " /" + criteria.get(i).weight());
            }
            ranking.addColumn(r -> r.score() == null ? "–" : r.score().toPlainString())
                    .setHeader(getTranslation("selection.score"));
            ranking.addColumn(r -> r.scorers() + "/" + r.eligibleExperts()
                    + (r.excludedExperts() > 0 ? " (" + getTranslation("selection.excluded", r.excludedExperts()) + ")" : ""))
                    .setHeader(getTranslation("selection.scorers"));
            ranking.addComponentColumn(r -> {
                if (o.status() != OpportunityStatus.EVALUATING || overview.chosenProposalId() != null || r.rank() != 1) {
                    return new Span();
                }
                Button confirm = new Button(getTranslation("selection.confirm-winner"),
                        e -> act(() -> selection.confirmWinner(opportunityId, r.proposalId()), "selection.notice-started"));
                confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                confirm.setId("ranking-confirm-winner");
                return confirm;
            }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
            ranking.setItems(selection.ranking(opportunityId));
            ranking.setAllRowsVisible(true);
            ranking.addClassName("sh-ranking");
            add(ranking);
        }
        if (overview.noticeEnds() != null) {
            objectionsSection();
        }
    }

    private void objectionsSection() {
        add(new H3(getTranslation("selection.objections")));
        if (overview.objections().isEmpty()) {
            add(new Paragraph(getTranslation("selection.objections-none")));
        }
        for (ObjectionView objection : overview.objections()) {
            Div card = new Div();
            card.addClassName("sh-objection");
            card.add(new Div(Formats.time(objection.filedAt()) + " · " + (objection.filedBy() == null ? "" : objection.filedBy())));
            card.add(new Paragraph(objection.text()));
            if (objection.resolved()) {
                card.add(new Paragraph(getTranslation("selection.objection-resolution", getTranslation(
                        Boolean.TRUE.equals(objection.upheld()) ? "selection.objection-upheld" : "selection.objection-dismissed"),
                        objection.resolution())));
            } else {
                Button dismiss = new Button(getTranslation("selection.dismiss"), e -> resolve(objection, false));
                Button uphold = new Button(getTranslation("selection.uphold"), e -> resolve(objection, true));
                dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
                uphold.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                card.add(new HorizontalLayout(dismiss, uphold));
            }
            add(card);
        }
    }

    private void resolve(ObjectionView objection, boolean upheld) {
        dialog = new ReasonDialog(getTranslation(upheld ? "selection.uphold" : "selection.dismiss"),
                getTranslation("common.save"), true, text -> {
                    selection.resolveObjection(objection.id(), upheld, text);
                    Toasts.success("selection.recorded");
                    refresh();
                });
        dialog.open();
    }

    private void dockingSection(OpportunityDetails o) {
        add(new H3(getTranslation("selection.meetings")));
        for (var m : overview.meetings()) {
            Div card = new Div();
            card.addClassName("sh-meeting");
            card.add(new H4(Formats.date(m.heldOn()) + " · " + m.participants()));
            card.add(new Paragraph(m.minutes()));
            add(card);
        }
        if (overview.meetings().isEmpty()) {
            add(new Paragraph(getTranslation("selection.meetings-none")));
        }
        if (o.status() == OpportunityStatus.EVALUATING && !overview.finalised()) {
            meetingDate = Inputs.date("selection.meeting-date");
            meetingDate.setMax(LocalDate.now(clock));
            meetingDate.setMin(o.windowOpens().atZone(clock.getZone()).toLocalDate());
            participants = new TextField(getTranslation("selection.meeting-participants"));
            participants.setMaxLength(1000);
            participants.setWidth("24rem");
            minutes = new TextArea(getTranslation("selection.meeting-minutes"));
            minutes.setMaxLength(4000);
            minutes.setWidthFull();
            recordMeeting = new Button(getTranslation("selection.record-meeting"), e -> {
                if (meetingDate.isInvalid()) {
                    Toasts.errorKey("error.form.invalid");
                    return;
                }
                try {
                    selection.recordMeeting(opportunityId, meetingDate.getValue(), participants.getValue(),
                            minutes.getValue());
                    Toasts.success("selection.recorded");
                    refresh();
                } catch (BusinessRuleException refusal) {
                    Toasts.error(refusal);
                }
            });
            meetingDate.setId("meeting-date");
            participants.setId("meeting-participants");
            minutes.setId("meeting-minutes");
            recordMeeting.setId("meeting-record");
            HorizontalLayout line = new HorizontalLayout(meetingDate, participants);
            line.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            add(line, minutes, recordMeeting);
        }
    }

    private void expertSection(OpportunityDetails o) {
        add(new H3(getTranslation("selection.my-panel")));
        Paragraph rule = new Paragraph(getTranslation("selection.declare-rule"));
        rule.addClassName("sh-muted");
        add(rule);
        boolean scoring = o.status() == OpportunityStatus.EVALUATING && overview.chosenProposalId() == null;
        for (PanelAssignment a : selection.myAssignments(opportunityId)) {
            Div card = new Div();
            card.addClassName("sh-panel-card");
            card.add(new H4(a.providerName()));
            card.add(new Span(getTranslation("selection.declaration." + a.declaration().name())));
            if (a.declaration() == PanelAssignment.Declaration.NONE && scoring) {
                Button none = new Button(getTranslation("selection.declare-none"), e -> declare(a.proposalId(), false, null));
                none.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                Button conflict = new Button(getTranslation("selection.declare-conflict"), e -> {
                    dialog = new ReasonDialog(getTranslation("selection.declare-conflict"), getTranslation("common.save"),
                            true, note -> {
                                selection.declare(a.proposalId(), true, note);
                                refresh();
                            });
                    dialog.open();
                });
                conflict.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                declareNone.put(a.proposalId(), none);
                declareConflict.put(a.proposalId(), conflict);
                card.add(new HorizontalLayout(none, conflict));
            }
            if (a.mayScore() && a.proposal() != null) {
                card.add(proposalContent(a.proposal()));
                List<BigDecimalField> pointsFields = new ArrayList<>();
                List<TextField> comments = new ArrayList<>();
                Div grid = new Div();
                grid.addClassName("sh-score-grid");
                for (int i = 0; i < o.criteria().size(); i++) {
                    Criterion c = o.criteria().get(i);
                    BigDecimalField points = Inputs.number(c.name() + " (0–" + c.weight() + ")");
                    points.setHelperText(c.description());
                    TextField comment = new TextField(getTranslation("selection.comment"));
                    comment.setMaxLength(1000);
                    comment.setHelperText(getTranslation("selection.comment-rule",
                            BigDecimal.valueOf(c.weight()).multiply(new BigDecimal("0.6")).stripTrailingZeros().toPlainString()));
                    if (i < a.myPoints().size()) {
                        points.setValue(a.myPoints().get(i).stripTrailingZeros());
                        comment.setValue(a.myComments().get(i) == null ? "" : a.myComments().get(i));
                    }
                    points.setReadOnly(!scoring);
                    comment.setReadOnly(!scoring);
                    pointsFields.add(points);
                    comments.add(comment);
                    grid.add(points, comment);
                }
                card.add(grid);
                scoreFields.put(a.proposalId(), pointsFields);
                commentFields.put(a.proposalId(), comments);
                Paragraph error = new Paragraph();
                error.addClassName("sh-error");
                scoreErrors.put(a.proposalId(), error);
                card.add(error);
                if (scoring) {
                    Button save = new Button(getTranslation("selection.save-scores"), e -> saveScores(a.proposalId()));
                    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    saveScores.put(a.proposalId(), save);
                    card.add(save);
                }
            }
            add(card);
        }
    }

    void saveScores(Long proposalId) {
        List<BigDecimalField> points = scoreFields.get(proposalId);
        List<TextField> comments = commentFields.get(proposalId);
        Paragraph error = scoreErrors.get(proposalId);
        if (Inputs.anyInvalid(points.toArray(BigDecimalField[]::new))) {
            error.setText(getTranslation("error.form.invalid"));
            Toasts.errorKey("error.form.invalid");
            return;
        }
        List<CriterionScore> scores = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            scores.add(new CriterionScore(i, points.get(i).getValue(), comments.get(i).getValue()));
            comments.get(i).setInvalid(false);
        }
        try {
            selection.score(proposalId, scores);
            error.setText("");
            Toasts.success("selection.scores-saved");
        } catch (BusinessRuleException refusal) {
            // say why beside the scores (and on the criterion's comment when it lacks one); keep every value
            error.setText(Toasts.message(refusal));
            if (refusal.messageKey().equals("error.score.comment-required")) {
                for (int i = 0; i < comments.size(); i++) {
                    if (overview.opportunity().criteria().get(i).name().equals(refusal.arguments()[0])) {
                        comments.get(i).setInvalid(true);
                        comments.get(i).setErrorMessage(Toasts.message(refusal));
                    }
                }
            }
            Toasts.error(refusal);
        }
    }

    private void declare(Long proposalId, boolean conflict, String note) {
        try {
            PanelAssignment.Declaration result = selection.declare(proposalId, conflict, note);
            if (result == PanelAssignment.Declaration.CONFLICT_DETECTED) {
                Toasts.errorKey("selection.conflict-detected");
            }
            refresh();
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
        }
    }

    private void proposalsSection(OpportunityDetails o, boolean demand) {
        add(new H3(getTranslation("selection.proposals")));
        if (overview.proposals().isEmpty()) {
            add(new Paragraph(getTranslation(overview.sealed() ? "selection.proposals-sealed" : "common.empty")));
            return;
        }
        boolean docking = demand && o.selectionMode() == SelectionMode.DIRECT_DOCKING
                && o.status() == OpportunityStatus.EVALUATING && !overview.finalised();
        for (ProposalDetails p : overview.proposals()) {
            Div card = new Div();
            card.addClassName("sh-proposal-card");
            Div head = new Div(new H4(p.providerName()), SelectionLabels.proposal(this, p.status()));
            head.addClassName("sh-detail-header");
            card.add(head, proposalContent(p));
            if (docking) {
                HorizontalLayout buttons = new HorizontalLayout();
                if (p.status() == ProposalStatus.SUBMITTED || p.status() == ProposalStatus.NOT_SELECTED) {
                    Button shortlist = new Button(getTranslation("selection.shortlist"),
                            e -> act(() -> selection.shortlist(p.id()), "selection.recorded"));
                    shortlist.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    buttons.add(shortlist);
                }
                if (p.status() == ProposalStatus.SUBMITTED || p.status() == ProposalStatus.SHORTLISTED) {
                    Button decline = new Button(getTranslation("selection.decline"),
                            e -> act(() -> selection.decline(p.id()), "selection.recorded"));
                    decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    buttons.add(decline);
                }
                if (p.status() == ProposalStatus.SHORTLISTED && !p.id().equals(overview.chosenProposalId())) {
                    Button choose = new Button(getTranslation("selection.choose"),
                            e -> act(() -> selection.choose(p.id()), "selection.chosen-done"));
                    choose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    buttons.add(choose);
                }
                card.add(buttons);
            }
            add(card);
        }
    }

    private Div proposalContent(ProposalDetails p) {
        Div fields = Fields.grid();
        Fields.add(fields, getTranslation("proposal.price"), Formats.money(p.price()));
        Fields.add(fields, getTranslation("proposal.approach"), p.approach());
        Fields.add(fields, getTranslation("proposal.schedule"), p.schedule());
        Fields.add(fields, getTranslation("proposal.team"), p.team());
        Fields.add(fields, getTranslation("proposal.submitted-at"), Formats.time(p.submittedAt()));
        Div box = new Div(fields);
        if (!p.attachments().isEmpty()) {
            box.add(new AttachmentsPanel(p::attachments, a -> selection.proposalFile(p.id(), a), null));
        }
        return box;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Toasts.success(successKey);
            refresh();
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return overview == null ? getTranslation("nav.selection") : overview.opportunity().title();
    }
}
