package com.scenehub.records;

import com.scenehub.shared.domain.NotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to scene records, on disk in the {@link FileVault}, indexed in the database. It checks type and size;
 * whether the caller may attach to or read a record is the owning module's decision, so owning
 * services call it only after their own access check.
 */
@Service
public class AttachmentStore {

    /** The records' folder is the vault's root (where attachments were kept before the vault). */
    private static final String FOLDER = "";

    private final AttachmentRepository attachments;
    private final FileVault vault;
    private final Clock clock;

    AttachmentStore(AttachmentRepository attachments, FileVault vault, Clock clock) {
        this.attachments = attachments;
        this.vault = vault;
        this.clock = clock;
    }

    @Transactional
    public AttachmentSummary store(String ownerType, Long ownerId, String fileName, byte[] content, String uploadedBy) {
        String contentType = FileRules.check(fileName, content);
        String storedName = vault.write(FOLDER, content, FileRules.extension(fileName));
        String cleanName = Path.of(fileName.replace('\\', '/')).getFileName().toString();
        return attachments.save(new Attachment(ownerType, ownerId, cleanName, contentType, content.length, storedName,
                uploadedBy, clock.instant())).summary();
    }

    @Transactional(readOnly = true)
    public List<AttachmentSummary> list(String ownerType, Long ownerId) {
        return attachments.findByOwnerTypeAndOwnerIdOrderByUploadedAt(ownerType, ownerId).stream()
                .map(Attachment::summary).toList();
    }

    /** The bytes of an attachment that belongs to the given record. */
    @Transactional(readOnly = true)
    public byte[] read(String ownerType, Long ownerId, Long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId)
                .filter(a -> a.summary().ownerType().equals(ownerType) && a.summary().ownerId().equals(ownerId))
                .orElseThrow(() -> new NotFoundException("error.attachment.not-found"));
        try {
            return vault.read(FOLDER, attachment.getStoredName());
        } catch (IOException e) {
            throw new NotFoundException("error.attachment.not-found");
        }
    }
}
