package com.scenehub.project;

import com.scenehub.records.StoredFileDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of milestone evidence; the bytes are in the file vault. */
@Entity
@Table(name = "milestone_evidence")
class MilestoneEvidence extends StoredFileDetails {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id", nullable = false)
    private Long milestoneId;

    protected MilestoneEvidence() {
    }

    MilestoneEvidence(Long milestoneId, String fileName, String contentType, long sizeBytes, String storedName,
            String uploadedBy, Instant uploadedAt) {
        super(fileName, contentType, sizeBytes, storedName, uploadedBy, uploadedAt);
        this.milestoneId = milestoneId;
    }

    Long getMilestoneId() {
        return milestoneId;
    }

    MilestoneView.EvidenceFile view() {
        return new MilestoneView.EvidenceFile(id, getFileName(), getContentType(), getSizeBytes(), getUploadedBy(),
                getUploadedAt());
    }
}
