package com.scenehub.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Small entities of the selection: panel, declarations, scores, meetings, outcome, objections, history. */
final class SelectionRecords {

    private SelectionRecords() {
    }
}

@Entity
@Table(name = "panel_member")
class PanelMember {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "opportunity_id", nullable = false) private Long opportunityId;
    @Column(name = "expert_user_id", nullable = false) private Long expertUserId;
    @Column(name = "expert_organisation_id") private Long expertOrganisationId;
    @Column(name = "added_by", nullable = false, length = 64) private String addedBy;
    @Column(name = "added_at", nullable = false) private Instant addedAt;

    protected PanelMember() {
    }

    PanelMember(Long opportunityId, Long expertUserId, Long expertOrganisationId, String addedBy, Instant addedAt) {
        this.opportunityId = opportunityId;
        this.expertUserId = expertUserId;
        this.expertOrganisationId = expertOrganisationId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    Long getOpportunityId() { return opportunityId; }
    Long getExpertUserId() { return expertUserId; }
    Long getExpertOrganisationId() { return expertOrganisationId; }
}

@Entity
@Table(name = "conflict_declaration")
class ConflictDeclaration {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "opportunity_id", nullable = false) private Long opportunityId;
    @Column(name = "proposal_id", nullable = false) private Long proposalId;
    @Column(name = "expert_user_id", nullable = false) private Long expertUserId;
    @Column(nullable = false) private boolean conflict;
    @Column(nullable = false) private boolean detected;
    @Column(length = 1000) private String note;
    @Column(name = "declared_at", nullable = false) private Instant declaredAt;

    protected ConflictDeclaration() {
    }

    ConflictDeclaration(Long opportunityId, Long proposalId, Long expertUserId, boolean conflict, boolean detected,
            String note, Instant declaredAt) {
        this.opportunityId = opportunityId;
        this.proposalId = proposalId;
        this.expertUserId = expertUserId;
        this.conflict = conflict;
        this.detected = detected;
        this.note = note;
        this.declaredAt = declaredAt;
    }

    Long getProposalId() { return proposalId; }
    Long getExpertUserId() { return expertUserId; }
    boolean isConflict() { return conflict; }
    boolean isDetected() { return detected; }
    String getNote() { return note; }
    Instant getDeclaredAt() { return declaredAt; }
}

@Entity
@Table(name = "proposal_score")
class ProposalScore {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "opportunity_id", nullable = false) private Long opportunityId;
    @Column(name = "proposal_id", nullable = false) private Long proposalId;
    @Column(name = "expert_user_id", nullable = false) private Long expertUserId;
    @Column(name = "criterion_index", nullable = false) private int criterionIndex;
    @Column(name = "criterion_name", nullable = false, length = 200) private String criterionName;
    @Column(name = "max_points", nullable = false) private int maxPoints;
    @Column(nullable = false, precision = 6, scale = 2) private BigDecimal points;
    @Column(length = 1000) private String comment;
    @Column(name = "scored_at", nullable = false) private Instant scoredAt;

    protected ProposalScore() {
    }

    ProposalScore(Long opportunityId, Long proposalId, Long expertUserId, int criterionIndex, String criterionName,
            int maxPoints, BigDecimal points, String comment, Instant scoredAt) {
        this.opportunityId = opportunityId;
        this.proposalId = proposalId;
        this.expertUserId = expertUserId;
        this.criterionIndex = criterionIndex;
        this.criterionName = criterionName;
        this.maxPoints = maxPoints;
        this.points = points;
        this.comment = comment;
        this.scoredAt = scoredAt;
    }

    Long getProposalId() { return proposalId; }
    Long getExpertUserId() { return expertUserId; }
    int getCriterionIndex() { return criterionIndex; }
    String getCriterionName() { return criterionName; }
    int getMaxPoints() { return maxPoints; }
    BigDecimal getPoints() { return points; }
    String getComment() { return comment; }
}

@Entity
@Table(name = "docking_meeting")
class DockingMeeting {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "opportunity_id", nullable = false) private Long opportunityId;
    @Column(name = "held_on", nullable = false) private LocalDate heldOn;
    @Column(nullable = false, length = 1000) private String participants;
    @Column(nullable = false, length = 4000) private String minutes;
    @Column(name = "recorded_by", nullable = false, length = 64) private String recordedBy;
    @Column(name = "recorded_at", nullable = false) private Instant recordedAt;

    protected DockingMeeting() {
    }

    DockingMeeting(Long opportunityId, LocalDate heldOn, String participants, String minutes, String recordedBy,
            Instant recordedAt) {
        this.opportunityId = opportunityId;
        this.heldOn = heldOn;
        this.participants = participants;
        this.minutes = minutes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    DockingMeetingView view() {
        return new DockingMeetingView(id, heldOn, participants, minutes, recordedBy, recordedAt);
    }
}

@Entity
@Table(name = "selection_outcome")
class SelectionOutcome {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Version private long version;
    @Column(name = "opportunity_id", nullable = false) private Long opportunityId;
    @Column(name = "chosen_proposal_id") private Long chosenProposalId;
    @Column(name = "chosen_by", length = 64) private String chosenBy;
    @Column(name = "chosen_at") private Instant chosenAt;
    @Column(name = "notice_starts") private LocalDate noticeStarts;
    @Column(name = "notice_ends") private LocalDate noticeEnds;
    @Column(name = "final_at") private Instant finalAt;
    @Column(name = "finalised_by", length = 64) private String finalisedBy;
    @Column(name = "project_id") private Long projectId;

    protected SelectionOutcome() {
    }

    SelectionOutcome(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    void choose(Long proposalId, String by, Instant at) {
        chosenProposalId = proposalId;
        chosenBy = by;
        chosenAt = at;
    }

    void startNotice(LocalDate starts, LocalDate ends) {
        noticeStarts = starts;
        noticeEnds = ends;
    }

    void finalise(String by, Instant at, Long projectId) {
        finalisedBy = by;
        finalAt = at;
        this.projectId = projectId;
    }

    Long getOpportunityId() { return opportunityId; }
    Long getChosenProposalId() { return chosenProposalId; }
    String getChosenBy() { return chosenBy; }
    Instant getChosenAt() { return chosenAt; }
    LocalDate getNoticeStarts() { return noticeStarts; }
    LocalDate getNoticeEnds() { return noticeEnds; }
    Instant getFinalAt() { return finalAt; }
    String getFinalisedBy() { return finalisedBy; }
    Long getProjectId() { return projectId; }
}

@Entity
@Table(name = "objection")
class Objection {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Version private long version;
    @Column(name = "opportunity_id", nullable = false) private Long opportunityId;
    @Column(name = "filed_by_user_id", nullable = false) private Long filedByUserId;
    @Column(name = "filed_by", nullable = false, length = 100) private String filedBy;
    @Column(nullable = false, length = 2000) private String text;
    @Column(name = "filed_at", nullable = false) private Instant filedAt;
    private Boolean upheld;
    @Column(length = 2000) private String resolution;
    @Column(name = "resolved_by", length = 64) private String resolvedBy;
    @Column(name = "resolved_at") private Instant resolvedAt;

    protected Objection() {
    }

    Objection(Long opportunityId, Long filedByUserId, String filedBy, String text, Instant filedAt) {
        this.opportunityId = opportunityId;
        this.filedByUserId = filedByUserId;
        this.filedBy = filedBy;
        this.text = text;
        this.filedAt = filedAt;
    }

    void resolve(boolean upheld, String resolution, String by, Instant at) {
        if (resolvedAt != null) {
            throw new com.scenehub.shared.domain.BusinessRuleException("error.objection.already-resolved");
        }
        if (resolution == null || resolution.isBlank()) {
            throw new com.scenehub.shared.domain.BusinessRuleException("error.objection.resolution-required");
        }
        this.upheld = upheld;
        this.resolution = resolution.trim();
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    Long getId() { return id; }
    Long getOpportunityId() { return opportunityId; }
    Long getFiledByUserId() { return filedByUserId; }
    boolean isResolved() { return resolvedAt != null; }
    boolean isUpheld() { return Boolean.TRUE.equals(upheld); }

    ObjectionView view(boolean showFiler) {
        return new ObjectionView(id, showFiler ? filedBy : null, text, filedAt, upheld, resolution, resolvedBy,
                resolvedAt);
    }
}

@Entity
@Table(name = "selection_history")
class SelectionHistory {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "opportunity_id", nullable = false) private Long opportunityId;
    @Column(name = "proposal_id") private Long proposalId;
    @Column(name = "occurred_at", nullable = false) private Instant occurredAt;
    @Column(nullable = false, length = 64) private String actor;
    @Column(nullable = false, length = 40) private String action;
    @Column(length = 1000) private String note;

    protected SelectionHistory() {
    }

    SelectionHistory(Long opportunityId, Long proposalId, Instant occurredAt, String actor, String action, String note) {
        this.opportunityId = opportunityId;
        this.proposalId = proposalId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
    }

    Long getProposalId() { return proposalId; }

    com.scenehub.records.StatusChange change() {
        return new com.scenehub.records.StatusChange(occurredAt, actor, null, action, note);
    }
}
