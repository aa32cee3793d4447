package com.scenehub.voucher;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import jakarta.annotation.security.PermitAll;
import com.scenehub.records.FileVault;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps uploaded documents (contracts, invoices, delivery confirmations, payment proofs) in the
 * {@link FileVault}, with their checksum.
 * Only PDF, PNG and JPEG up to 10 MB are accepted, recognised by their first bytes, not their name.
 */
@Service
public class FileStore {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The vouchers' folder is the vault's root (where their documents were kept before the vault). */
    private static final String FOLDER = "";

    private final FileVault vault;
    private final StoredFileRepository files;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;

    FileStore(FileVault vault, StoredFileRepository files, AuthenticatedUser authenticatedUser, Clock clock) {
        this.vault = vault;
        this.files = files;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
    }

    /** The content type a document's first bytes show, or null when it is not PDF, PNG or JPEG. */
    public static String sniff(byte[] bytes) {
        if (bytes == null || bytes.length < 4) {
            return null;
        }
        if (bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return "application/pdf";
        }
        if ((bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    /** Stores a document for the signed-in user and returns its id. */
    @PermitAll
    @Transactional
    public Long store(String originalName, byte[] bytes) {
        String user = authenticatedUser.require().username();
        if (bytes == null || bytes.length == 0) {
            throw new BusinessRuleException("error.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessRuleException("error.file.too-large", 10);
        }
        String type = sniff(bytes);
        if (type == null) {
            throw new BusinessRuleException("error.file.type");
        }
        String name = originalName == null || originalName.isBlank() ? "document" : originalName.strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String stored = vault.write(FOLDER, bytes, switch (type) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            default -> "jpg";
        });
        return files.save(new StoredFile(name, type, bytes.length, stored, sha256(bytes), user, clock.instant()))
                .getId();
    }

    /** A stored document's metadata, for checks by services. */
    Optional<StoredFile> find(Long id) {
        return id == null ? Optional.empty() : files.findById(id);
    }

    FileContent read(Long id) {
        StoredFile file = files.findById(id).orElseThrow(() -> new NotFoundException("error.file.not-found"));
        try {
            return new FileContent(file.getFileName(), file.getContentType(),
                    vault.read(FOLDER, file.getStoredName()));
        } catch (IOException e) {
            throw new NotFoundException("error.file.not-found");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document's name, type and bytes. */
    public record FileContent(String name, String contentType, byte[] bytes) {
    }
}
