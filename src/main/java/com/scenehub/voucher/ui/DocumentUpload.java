package com.scenehub.voucher.ui;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.voucher.FileStore;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * One document (PDF, PNG or JPEG, at most 10 MB) stored through the {@link FileStore}. A plain file
 * input posts the chosen file to an upload handler of this element (the committed frontend bundle
 * has no upload web component); the stored file's id is kept for the form that needs it.
 */
class DocumentUpload extends Div {

    final Input input = new Input();
    final Span label;
    final Span status = new Span();
    private final String labelText;
    private volatile Long fileId;
    private volatile String fileName;
    private volatile BusinessRuleException refusal;

    DocumentUpload(String labelText, FileStore files) {
        this.labelText = labelText;
        addClassName("sh-document-upload");
        label = new Span(labelText);
        label.addClassName("sh-document-label");
        status.addClassName("sh-document-status");
        input.setType("file");
        input.getElement().setAttribute("accept", ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg");
        getElement().setAttribute("target", UploadHandler.inMemory((metadata, bytes) -> {
            try {
                fileId = files.store(metadata.fileName(), bytes);
                fileName = metadata.fileName();
                refusal = null;
            } catch (BusinessRuleException e) {
                refusal = e;
            }
        }));
        input.getElement().executeJs("""
                const host = $0;
                this.addEventListener('change', async () => {
                  const file = this.files[0];
                  if (!file) { return; }
                  const data = new FormData();
                  data.append('file', file, file.name);
                  try {
                    await fetch(host.getAttribute('target'), {method: 'POST', body: data, credentials: 'same-origin'});
                  } finally {
                    host.$server.uploaded();
                  }
                });""", getElement());
        add(label, input, status);
    }

    @ClientCallable
    void uploaded() {
        if (refusal != null) {
            status.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
            status.addClassName("sh-error-text");
        } else if (fileId != null) {
            status.setText("✓ " + fileName);
            status.removeClassName("sh-error-text");
        }
    }

    Long fileId() {
        return fileId;
    }

    String labelText() {
        return labelText;
    }

    /** For tests and for forms that already hold a stored document. */
    void setFileId(Long id) {
        this.fileId = id;
    }
}
