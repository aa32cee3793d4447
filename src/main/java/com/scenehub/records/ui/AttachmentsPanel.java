package com.scenehub.records.ui;

import com.scenehub.records.AttachmentSummary;
import com.scenehub.records.FileRules;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A record's attachments: download links, and (when the user may add) a Vaadin {@link Upload} that
 * states the allowed types and size. The browser refuses other types and larger files before sending
 * them; the owning service checks access, type, size and content again, and a refusal is shown as a
 * translated message. Nothing else on the page is lost.
 */
public class AttachmentsPanel extends Div {

    final Div files = new Div();
    Upload upload;
    final Span rules = new Span();
    /** The outcome of the last upload as a translated message (for tests and screen readers). */
    final Span outcome = new Span();
    private final Runnable refresh;

    public AttachmentsPanel(Supplier<List<AttachmentSummary>> list, Function<Long, byte[]> content,
            BiFunction<String, byte[], AttachmentSummary> store) {
        addClassName("sh-attachments");
        files.addClassName("sh-attachment-list");
        refresh = () -> {
            files.removeAll();
            List<AttachmentSummary> all = list.get();
            for (AttachmentSummary a : all) {
                Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.apply(a.id());
                    return new DownloadResponse(new ByteArrayInputStream(bytes), a.fileName(), a.contentType(), bytes.length);
                }), a.fileName());
                link.getElement().setAttribute("download", true);
                Span size = new Span(" (" + Math.max(1, a.sizeBytes() / 1024) + " KB)");
                size.addClassName("sh-muted");
                files.add(new Div(link, size));
            }
            if (all.isEmpty()) {
                files.add(new Span(getTranslation("attachment.none")));
            }
        };
        refresh.run();
        add(files);
        if (store != null) {
            addUpload(store);
        }
    }

    private void addUpload(BiFunction<String, byte[], AttachmentSummary> store) {
        List<Runnable> results = new ArrayList<>();
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            String name = metadata.fileName();
            Runnable result;
            try {
                store.apply(name, data);
                result = () -> show(false, "attachment.added", name);
            } catch (BusinessRuleException refusal) {
                result = () -> show(true, refusal.messageKey(), refusal.arguments());
            }
            synchronized (results) {
                results.add(result);
            }
        }));
        Inputs.configured(upload);
        upload.addFileRejectedListener(e -> show(true, "error.attachment.rejected",
                String.join(", ", FileRules.allowedForDisplay()), Inputs.maxMegabytes()));
        upload.addAllFinishedListener(e -> {
            List<Runnable> done;
            synchronized (results) {
                done = List.copyOf(results);
                results.clear();
            }
            done.forEach(Runnable::run);
            upload.clearFileList();
            refresh.run();
        });
        rules.setText(Inputs.uploadRules().getText());
        rules.addClassName("sh-muted");
        outcome.addClassName("sh-upload-outcome");
        outcome.getElement().setAttribute("role", "status");
        add(upload, rules, outcome);
    }

    private void show(boolean error, String key, Object... args) {
        outcome.setText(getTranslation(key, args));
        outcome.getElement().getClassList().set("sh-error-text", error);
        if (error) {
            Toasts.errorKey(key, args);
        } else {
            Toasts.success(key, args);
        }
    }

    /** The upload, or null when the user may not add files (for browserless tests of the owning views). */
    public Upload getUpload() {
        return upload;
    }

    /** The translated outcome of the last upload, or "" (for tests and screen readers). */
    public String getOutcome() {
        return outcome.getText();
    }

    /** Shows the attachments again (e.g. after another part of the page changed them). */
    public void refresh() {
        refresh.run();
    }
}
