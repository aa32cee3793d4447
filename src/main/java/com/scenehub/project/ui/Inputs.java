package com.scenehub.project.ui;

import com.scenehub.records.FileRules;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Typed inputs for the selection and project forms: dates with a translated calendar and money or
 * percentages as decimals, each refusing bad input with a translated message beside the field (the
 * typed text stays), and an upload that states and enforces the allowed types and size.
 */
public final class Inputs {

    /** What the browser may pick; the services check the content again (magic bytes). */
    public static final String[] ACCEPTED = {".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg"};

    private Inputs() {
    }

    /** A date picker in the user's language (yyyy-MM-dd, weeks starting on Monday). */
    public static DatePicker date(Component owner, String labelKey) {
        DatePicker picker = new DatePicker(owner.getTranslation(labelKey));
        picker.setLocale(locale(owner));
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setMonthNames(split(owner, "date.months"))
                .setWeekdays(split(owner, "date.weekdays"))
                .setWeekdaysShort(split(owner, "date.weekdays-short"))
                .setToday(owner.getTranslation("date.today"))
                .setCancel(owner.getTranslation("common.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("error.selection.date-format"))
                .setMinErrorMessage(owner.getTranslation("error.input.date-too-early"))
                .setMaxErrorMessage(owner.getTranslation("error.input.date-too-late")));
        picker.setPlaceholder(owner.getTranslation("date.placeholder"));
        picker.addClassName("sh-date");
        return picker;
    }

    /** An amount in yuan (¥ prefix); refuses text that is no number. */
    public static BigDecimalField money(Component owner, String labelKey) {
        BigDecimalField field = decimal(owner, labelKey, "error.selection.money-format");
        field.setPrefixComponent(new Span("¥"));
        field.setHelperText(owner.getTranslation("common.yuan"));
        field.addClassName("sh-money");
        return field;
    }

    /** A share in percent (% suffix). */
    public static BigDecimalField percent(Component owner, String labelKey) {
        BigDecimalField field = decimal(owner, labelKey, "error.selection.number-format");
        field.setSuffixComponent(new Span("%"));
        field.addClassName("sh-percent");
        return field;
    }

    /** Points and other plain decimals. */
    public static BigDecimalField number(Component owner, String label) {
        BigDecimalField field = new BigDecimalField(label);
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(owner.getTranslation("error.selection.number-format")));
        return field;
    }

    private static BigDecimalField decimal(Component owner, String labelKey, String badInputKey) {
        BigDecimalField field = new BigDecimalField(owner.getTranslation(labelKey));
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(owner.getTranslation(badInputKey)));
        return field;
    }

    /** True when one of the fields shows an error (bad input, out of range); its text is kept. */
    public static boolean anyInvalid(com.vaadin.flow.component.HasValidation... fields) {
        boolean invalid = false;
        for (var f : fields) {
            invalid |= f != null && f.isInvalid();
        }
        return invalid;
    }

    /**
     * A Vaadin upload for the attachment rules (pdf, docx, xlsx, png, jpg; at most 10 MB). Each file
     * received is handed to {@code onFile} in the UI (session locked); a refusal it throws is shown
     * translated. Files the browser refuses (type, size) are announced the same way.
     */
    public static Upload upload(Component owner, BiConsumer<String, byte[]> onFile) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            try {
                onFile.accept(metadata.fileName(), data);
            } catch (BusinessRuleException refusal) {
                Toasts.error(refusal);
            }
        }));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFileSize((int) FileRules.MAX_BYTES);
        upload.setMaxFiles(5);
        upload.addClassName("sh-upload");
        String types = String.join(", ", FileRules.allowedForDisplay());
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("upload.add-one"))
                .setMany(owner.getTranslation("upload.add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("upload.drop-one"))
                .setMany(owner.getTranslation("upload.drop-many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(owner.getTranslation("upload.too-many"))
                .setFileIsTooBig(owner.getTranslation("error.attachment.too-large", 10))
                .setIncorrectFileType(owner.getTranslation("error.attachment.type", types)));
        i18n.setFile(new UploadI18N.File().setRetry(owner.getTranslation("upload.retry"))
                .setStart(owner.getTranslation("upload.start")).setRemove(owner.getTranslation("common.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(owner.getTranslation("upload.connecting"))
                        .setStalled(owner.getTranslation("upload.stalled"))
                        .setProcessing(owner.getTranslation("upload.processing"))
                        .setHeld(owner.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("upload.remaining"))
                        .setUnknown(owner.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("upload.server-unavailable"))
                        .setUnexpectedServerError(owner.getTranslation("upload.server-error"))
                        .setForbidden(owner.getTranslation("upload.forbidden"))
                        .setFileTooLarge(owner.getTranslation("error.attachment.too-large", 10))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Toasts.errorKey("upload.rejected", e.getFileName(), e.getErrorMessage()));
        return upload;
    }

    /** The sentence that states the upload rules. */
    public static Span rules(Component owner) {
        Span rules = new Span(owner.getTranslation("attachment.rules", String.join(", ", FileRules.allowedForDisplay()), 10));
        rules.addClassName("sh-muted");
        return rules;
    }

    private static Locale locale(Component owner) {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    private static List<String> split(Component owner, String key) {
        return Arrays.stream(owner.getTranslation(key).split(",")).map(String::trim).toList();
    }
}
