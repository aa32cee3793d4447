package com.scenehub.records;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The columns every uploaded-file table shares: the uploader's file name, the checked content type,
 * the size, the random name in the {@link FileVault}, and who uploaded it when. Each module maps its own
 * table and adds what ties the file to its records, so file rows stay module-internal.
 */
@MappedSuperclass
public abstract class StoredFileDetails {

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "stored_name", nullable = false, length = 100)
    private String storedName;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredFileDetails() {
    }

    protected StoredFileDetails(String fileName, String contentType, long sizeBytes, String storedName,
            String uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
