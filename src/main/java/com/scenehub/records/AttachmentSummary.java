package com.scenehub.records;

import java.time.Instant;

/** A stored file as views and services see it. */
public record AttachmentSummary(Long id, String ownerType, Long ownerId, String fileName, String contentType,
        long sizeBytes, String uploadedBy, Instant uploadedAt) {
}
