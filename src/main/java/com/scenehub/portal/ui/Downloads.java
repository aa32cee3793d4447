package com.scenehub.portal.ui;

import com.scenehub.shared.domain.BusinessRuleException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Download links whose content is produced when clicked. */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(String text, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = content.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
            } catch (BusinessRuleException refusal) {
                return DownloadResponse.error(500, refusal.messageKey());
            }
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(text);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("sh-download");
        return anchor;
    }

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";
}
