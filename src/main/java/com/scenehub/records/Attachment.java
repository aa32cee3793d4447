package com.scenehub.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "attachment")
class Attachment extends StoredFileDetails {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_type", nullable = false, length = 32)
    private String ownerType;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    protected Attachment() {
    }

    Attachment(String ownerType, Long ownerId, String fileName, String contentType, long sizeBytes, String storedName,
            String uploadedBy, Instant uploadedAt) {
        super(fileName, contentType, sizeBytes, storedName, uploadedBy, uploadedAt);
        this.ownerType = ownerType;
        this.ownerId = ownerId;
    }

    AttachmentSummary summary() {
        return new AttachmentSummary(id, ownerType, ownerId, getFileName(), getContentType(), getSizeBytes(),
                getUploadedBy(), getUploadedAt());
    }
}
