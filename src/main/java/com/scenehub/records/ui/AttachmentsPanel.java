package com.scenehub.records.ui;

import com.scenehub.records.AttachmentSummary;
import com.scenehub.records.FileRules;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A record's attachments: download links, and (when the user may add) an upload that states the
 * allowed types and size. The owning service checks access, type, size and content.
 */
public class AttachmentsPanel extends Div {

    public AttachmentsPanel(Supplier<List<AttachmentSummary>> list, Function<Long, byte[]> content,
            BiFunction<String, byte[], AttachmentSummary> upload) {
        addClassName("sh-attachments");
        Div files = new Div();
        files.addClassName("sh-attachment-list");
        Runnable refresh = () -> {
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
        if (upload != null) {
            java.util.List<String> outcome = new java.util.concurrent.CopyOnWriteArrayList<>();
            FileInput uploader = new FileInput(".pdf,.docx,.xlsx,.png,.jpg,.jpeg", (name, bytes) -> {
                try {
                    upload.apply(name, bytes);
                    outcome.add("ok\u001F" + name);
                } catch (BusinessRuleException refusal) {
                    outcome.add("error\u001F" + refusal.messageKey() + "\u001F" + String.join("\u001F",
                            java.util.Arrays.stream(refusal.arguments()).map(String::valueOf).toList()));
                }
            }, () -> {
                for (String line : outcome) {
                    String[] parts = line.split("\u001F");
                    if (parts[0].equals("ok")) {
                        Toasts.success("attachment.added", parts[1]);
                    } else {
                        Toasts.errorKey(parts[1], (Object[]) java.util.Arrays.copyOfRange(parts, 2, parts.length));
                    }
                }
                outcome.clear();
                refresh.run();
            });
            Span rules = new Span(getTranslation("attachment.rules", String.join(", ", FileRules.allowedForDisplay()), 10));
            rules.addClassName("sh-muted");
            add(uploader, rules);
        }
    }
}
