package com.scenehub.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A milestone as the parties, managers and the acceptance expert see it. */
public record MilestoneView(Long id, int position, String name, String deliverable, LocalDate dueDate,
        BigDecimal paymentShare, MilestoneStatus status, boolean finalMilestone, boolean overdue, String evidenceNote,
        String submittedBy, Instant submittedAt, String demandDecidedBy, Instant demandDecidedAt,
        String expertDecidedBy, Instant expertDecidedAt, String decisionNote, List<EvidenceFile> evidence,
        BigDecimal disbursed) {

    public record EvidenceFile(Long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
            Instant uploadedAt) {
    }
}
