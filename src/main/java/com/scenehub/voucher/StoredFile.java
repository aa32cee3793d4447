package com.scenehub.voucher;

import com.scenehub.records.StoredFileDetails;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Metadata of an uploaded voucher document and its checksum; the bytes are in the file vault. */
@Entity
@Table(name = "voucher_file")
@AttributeOverride(name = "fileName", column = @Column(name = "original_name", nullable = false, length = 255))
class StoredFile extends StoredFileDetails {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected StoredFile() {
    }

    StoredFile(String originalName, String contentType, long sizeBytes, String storedName, String sha256,
            String uploadedBy, Instant uploadedAt) {
        super(originalName, contentType, sizeBytes, storedName, uploadedBy, uploadedAt);
        this.sha256 = sha256;
    }

    Long getId() {
        return id;
    }
}
