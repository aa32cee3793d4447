package com.scenehub.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Metadata of an uploaded document; the bytes are on disk under {@code scenehub.files.dir}. */
@Entity
@Table(name = "voucher_file")
class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "original_name", nullable = false, length = 255)
    private String originalName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "stored_name", nullable = false, length = 100)
    private String storedName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredFile() {
    }

    StoredFile(String originalName, String contentType, long sizeBytes, String storedName, String sha256,
            String uploadedBy, Instant uploadedAt) {
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storedName = storedName;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    String getOriginalName() {
        return originalName;
    }

    String getContentType() {
        return contentType;
    }

    String getStoredName() {
        return storedName;
    }

    String getUploadedBy() {
        return uploadedBy;
    }

    long getSizeBytes() {
        return sizeBytes;
    }
}
