package com.scenehub.records;

import com.scenehub.shared.domain.BusinessRuleException;
import java.util.List;
import java.util.Locale;

/**
 * The attachment rules stated in the UI and enforced in the service: pdf, docx, xlsx, png, jpg, at
 * most 10 MB, and the content must really be of the type its extension claims (magic bytes).
 */
public final class FileRules {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final List<String> EXTENSIONS = List.of("pdf", "docx", "xlsx", "png", "jpg", "jpeg");

    private FileRules() {
    }

    /** The content type of an acceptable file, or a refusal saying what is wrong. */
    public static String check(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new BusinessRuleException("error.attachment.name");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("error.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("error.attachment.too-large", 10);
        }
        String extension = extension(fileName);
        String type = switch (extension) {
            case "pdf" -> starts(content, '%', 'P', 'D', 'F', '-') ? "application/pdf" : null;
            case "docx" -> zip(content) ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : null;
            case "xlsx" -> zip(content) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : null;
            case "png" -> starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A) ? "image/png" : null;
            case "jpg", "jpeg" -> starts(content, 0xFF, 0xD8, 0xFF) ? "image/jpeg" : null;
            default -> throw new BusinessRuleException("error.attachment.type", String.join(", ", allowedForDisplay()));
        };
        if (type == null) {
            throw new BusinessRuleException("error.attachment.content-mismatch", extension);
        }
        return type;
    }

    public static List<String> allowedForDisplay() {
        return List.of("pdf", "docx", "xlsx", "png", "jpg");
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean zip(byte[] content) {
        return starts(content, 'P', 'K', 0x03, 0x04);
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
