package com.scenehub.voucher.ui;

import com.scenehub.records.ui.Inputs;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.voucher.FileStore;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * One required document (PDF, PNG or JPEG, at most 10 MB) chosen with Vaadin's upload and stored
 * through the {@link FileStore}; the stored file's id is kept for the form that needs it. The allowed
 * types and size are stated beside the upload; a file refused by the browser (type, size) or by the
 * store (content that is not what its name says) gives a translated message and keeps the earlier file.
 */
class DocumentUpload extends Div {

    static final String[] ACCEPTED = {"application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg"};

    final Upload upload;
    final Span label;
    final Span hint;
    final Span status = new Span();
    private final String labelText;
    private volatile Long fileId;
    private volatile String fileName;
    private volatile Long pendingId;
    private volatile String pendingName;
    private volatile BusinessRuleException refusal;

    DocumentUpload(String labelText, FileStore files) {
        this.labelText = labelText;
        addClassName("sh-document-upload");
        label = new Span(labelText);
        label.addClassName("sh-document-label");
        hint = new Span(getTranslation("voucher.document.help"));
        hint.addClassName("sh-document-hint");
        status.addClassName("sh-document-status");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                pendingId = files.store(metadata.fileName(), bytes);
                pendingName = metadata.fileName();
                refusal = null;
            } catch (BusinessRuleException e) {
                pendingId = null;
                refusal = e;
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FileStore.MAX_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setI18n(i18n());
        Button choose = new Button(getTranslation("voucher.document.choose"));
        upload.setUploadButton(choose);
        upload.setDropLabel(new Span(getTranslation("voucher.document.drop")));
        upload.addFileRejectedListener(e -> refuse(getTranslation("voucher.document.refused", e.getFileName(),
                e.getErrorMessage())));
        upload.addAllFinishedListener(e -> finished());
        upload.addFileRemovedListener(e -> {
            fileId = null;
            fileName = null;
            status.setText("");
        });
        add(label, hint, upload, status);
    }

    /** The shared upload texts, with this document's own rules (one file; PDF, PNG or JPEG). */
    private UploadI18N i18n() {
        UploadI18N i18n = Inputs.uploadTexts();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("voucher.document.choose"))
                .setMany(getTranslation("voucher.document.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("voucher.document.drop"))
                .setMany(getTranslation("voucher.document.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("voucher.document.too-big"))
                .setIncorrectFileType(getTranslation("voucher.document.wrong-type"))
                .setTooManyFiles(getTranslation("voucher.document.too-many")));
        return i18n;
    }

    private void refuse(String message) {
        status.setText(message);
        status.addClassName("sh-error-text");
    }

    /** After an upload: keeps the stored file, or explains (translated) why it was refused. */
    void finished() {
        if (refusal != null) {
            refuse(getTranslation(refusal.messageKey(), refusal.arguments()));
            refusal = null;
            upload.clearFileList();
        } else if (pendingId != null) {
            fileId = pendingId;
            fileName = pendingName;
            pendingId = null;
            status.setText(getTranslation("voucher.document.stored", fileName));
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
