package com.scenehub.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploaded files live on disk: under {@code scenehub.files.dir}, one folder per kind of owner,
 * each file under a random name (the uploader's name is kept in the database only, so no path comes
 * from user input). Type, size and access are checked by the callers before they write or read.
 */
@Component
public class FileVault {

    private final Path root;

    FileVault(@Value("${scenehub.files.dir:./data/files}") String root) {
        this.root = Path.of(root);
    }

    /** Writes the bytes under a new random name with the given extension and returns that name. */
    public String write(String folder, byte[] content, String extension) {
        String storedName = UUID.randomUUID() + "." + extension;
        Path directory = root.resolve(folder);
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(storedName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return storedName;
    }

    /** The bytes of a stored file; {@link java.nio.file.NoSuchFileException} when it is gone. */
    public byte[] read(String folder, String storedName) throws IOException {
        return Files.readAllBytes(root.resolve(folder).resolve(storedName));
    }
}
