package com.scenehub.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file of milestone evidence; the bytes live on disk under {@code scenehub.files.dir}. */
@Entity
@Table(name = "milestone_evidence")
class MilestoneEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id", nullable = false)
    private Long milestoneId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "stored_name", nullable = false, length = 100)
    private String storedName;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected MilestoneEvidence() {
    }

    MilestoneEvidence(Long milestoneId, String fileName, String contentType, long sizeBytes, String storedName,
            String uploadedBy, Instant uploadedAt) {
        this.milestoneId = milestoneId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getMilestoneId() {
        return milestoneId;
    }

    String getStoredName() {
        return storedName;
    }

    String getFileName() {
        return fileName;
    }

    MilestoneView.EvidenceFile view() {
        return new MilestoneView.EvidenceFile(id, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
    }
}
