package com.scenehub.project;

import com.scenehub.shared.domain.BusinessRuleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Milestone evidence on disk under {@code scenehub.files.dir}/projects. A file is accepted only when
 * its content (magic bytes) matches an allowed type (pdf, docx, xlsx, png, jpg) and it is at most 10 MB.
 */
@Component
class EvidenceFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final List<String> ALLOWED = List.of("pdf", "docx", "xlsx", "png", "jpg", "jpeg");

    private final Path directory;

    EvidenceFiles(@Value("${scenehub.files.dir:./data/files}") String directory) {
        this.directory = Path.of(directory, "projects");
    }

    /** Checks name, size and content; returns the content type. */
    static String check(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || content == null || content.length == 0) {
            throw new BusinessRuleException("error.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("error.file.too-large", 10);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!ALLOWED.contains(extension)) {
            throw new BusinessRuleException("error.file.type", "pdf, docx, xlsx, png, jpg");
        }
        String type = switch (extension) {
            case "pdf" -> starts(content, 0x25, 0x50, 0x44, 0x46) ? "application/pdf" : null;
            case "docx" -> starts(content, 0x50, 0x4B, 0x03, 0x04)
                    ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : null;
            case "xlsx" -> starts(content, 0x50, 0x4B, 0x03, 0x04)
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : null;
            case "png" -> starts(content, 0x89, 0x50, 0x4E, 0x47) ? "image/png" : null;
            default -> starts(content, 0xFF, 0xD8, 0xFF) ? "image/jpeg" : null;
        };
        if (type == null) {
            throw new BusinessRuleException("error.file.content-mismatch", fileName);
        }
        return type;
    }

    String store(byte[] content) {
        String storedName = UUID.randomUUID() + ".bin";
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(storedName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return storedName;
    }

    byte[] read(String storedName) {
        try {
            return Files.readAllBytes(directory.resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
