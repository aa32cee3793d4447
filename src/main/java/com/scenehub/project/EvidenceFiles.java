package com.scenehub.project;

import com.scenehub.records.FileRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final Path directory;

    EvidenceFiles(@Value("${scenehub.files.dir:./data/files}") String directory) {
        this.directory = Path.of(directory, "projects");
    }

    /** Checks name, size and content (the shared attachment rules); returns the content type. */
    static String check(String fileName, byte[] content) {
        return FileRules.check(fileName, content);
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
}
