package com.scenehub.records;

import com.scenehub.shared.domain.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on disk under {@code scenehub.files.dir}, indexed in the database. It checks type and size;
 * whether the caller may attach to or read a record is the owning module's decision, so owning
 * services call it only after their own access check.
 */
@Service
public class AttachmentStore {

    private final AttachmentRepository attachments;
    private final Path directory;
    private final Clock clock;

    AttachmentStore(AttachmentRepository attachments, @Value("${scenehub.files.dir:./data/files}") String directory,
            Clock clock) {
        this.attachments = attachments;
        this.directory = Path.of(directory);
        this.clock = clock;
    }

    @Transactional
    public AttachmentSummary store(String ownerType, Long ownerId, String fileName, byte[] content, String uploadedBy) {
        String contentType = FileRules.check(fileName, content);
        String storedName = UUID.randomUUID() + "." + FileRules.extension(fileName);
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(storedName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            return Files.readAllBytes(directory.resolve(attachment.getStoredName()));
        } catch (IOException e) {
            throw new NotFoundException("error.attachment.not-found");
        }
    }
}
