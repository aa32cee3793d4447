package com.scenehub.records.ui;

import com.scenehub.records.FileRules;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Typed inputs for every form: dates with a {@link DatePicker} in the user's language (shown as
 * yyyy-MM-dd in both), money and other decimals with a {@link BigDecimalField}, files with a Vaadin
 * {@link Upload} that states and enforces {@link FileRules}. Bad input, out-of-range dates and amounts
 * with more than two decimals are refused with translated messages, and the typed values stay.
 */
public final class Inputs {

    /** Largest amount a {@code numeric(14,2)} column holds. */
    public static final BigDecimal MONEY_MAX = new BigDecimal("999999999999.99");

    private Inputs() {
    }

    /** A date picker labelled with {@code labelKey}, in the current UI's language. */
    public static DatePicker date(String labelKey) {
        DatePicker picker = new DatePicker(t(labelKey));
        Locale locale = Translations.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        picker.setClearButtonVisible(true);
        picker.setPlaceholder(t("common.date-pattern").toLowerCase(Locale.ROOT));
        picker.addClassName("sh-date");
        return picker;
    }

    /** The date picker texts for a language; dates read yyyy-MM-dd in both languages. */
    static DatePicker.DatePickerI18n i18n(Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(week.stream().map(d -> d.getDisplayName(
                locale.getLanguage().equals("zh") ? TextStyle.NARROW : TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormats("yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd");
        i18n.setToday(t(locale, "common.today"));
        i18n.setCancel(t(locale, "common.cancel"));
        i18n.setBadInputErrorMessage(t(locale, "error.date.format"));
        i18n.setMinErrorMessage(t(locale, "error.date.too-early"));
        i18n.setMaxErrorMessage(t(locale, "error.date.too-late"));
        i18n.setRequiredErrorMessage(t(locale, "error.date.required"));
        return i18n;
    }

    /**
     * Keeps two dates in order: the end cannot be picked before the start, nor the start after the
     * end. {@code floor} (may be null) is the earliest date either may take.
     */
    public static void ordered(DatePicker start, DatePicker end, LocalDate floor) {
        start.setMin(floor);
        end.setMin(floor);
        start.addValueChangeListener(e -> end.setMin(later(floor, e.getValue())));
        end.addValueChangeListener(e -> start.setMax(e.getValue()));
        DatePicker.DatePickerI18n endTexts = end.getI18n();
        endTexts.setMinErrorMessage(t("error.dates.order"));
        end.setI18n(endTexts);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || b.isBefore(a) ? a : b;
    }

    /** A money input in yuan (¥ prefix, up to two decimals, not negative). */
    public static BigDecimalField money(String labelKey) {
        BigDecimalField field = new BigDecimalField(t(labelKey));
        field.setPrefixComponent(new Span("¥"));
        field.setHelperText(t("common.yuan"));
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage(t("error.money.format")));
        field.setClearButtonVisible(true);
        field.addClassName("sh-money");
        return field;
    }

    /** Not negative, at most two decimals, not above what the database holds. */
    public static Validator<BigDecimal> yuan() {
        return (value, context) -> {
            if (value == null) {
                return ValidationResult.ok();
            }
            if (value.signum() < 0) {
                return ValidationResult.error(t("error.budget.negative"));
            }
            if (value.stripTrailingZeros().scale() > 2) {
                return ValidationResult.error(t("error.money.format"));
            }
            if (value.compareTo(MONEY_MAX) > 0) {
                return ValidationResult.error(t("error.budget.too-large"));
            }
            return ValidationResult.ok();
        };
    }

    /** The value is not below the (possibly empty) lower bound. */
    public static Validator<BigDecimal> notBelow(Supplier<BigDecimal> lower, String messageKey) {
        return (value, context) -> value == null || lower.get() == null || lower.get().compareTo(value) <= 0
                ? ValidationResult.ok() : ValidationResult.error(t(messageKey));
    }

    /** The date is not before the (possibly empty) lower bound. */
    public static Validator<LocalDate> notBefore(Supplier<LocalDate> lower, String messageKey) {
        return (value, context) -> value == null || lower.get() == null || !value.isBefore(lower.get())
                ? ValidationResult.ok() : ValidationResult.error(t(messageKey));
    }

    /** A share in percent (% suffix). */
    public static BigDecimalField percent(String labelKey) {
        BigDecimalField field = number(t(labelKey));
        field.setSuffixComponent(new Span("%"));
        field.addClassName("sh-percent");
        return field;
    }

    /** Points and other plain decimals, labelled with text the caller has composed. */
    public static BigDecimalField number(String label) {
        BigDecimalField field = new BigDecimalField(label);
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage(t("error.selection.number-format")));
        return field;
    }

    /** True when one of the fields shows an error (bad input, out of range); its text is kept. */
    public static boolean anyInvalid(HasValidation... fields) {
        boolean invalid = false;
        for (HasValidation field : fields) {
            invalid |= field != null && field.isInvalid();
        }
        return invalid;
    }

    /**
     * An upload for the attachment rules ({@link FileRules}: types, at most 10 MB, 5 at once). Each
     * file received is handed to {@code onFile} with the session locked; a refusal it throws is shown
     * translated, and so are files the browser refuses before sending them.
     */
    public static Upload upload(BiConsumer<String, byte[]> onFile) {
        Upload upload = configured(new Upload(UploadHandler.inMemory((metadata, data) -> {
            try {
                onFile.accept(metadata.fileName(), data);
            } catch (BusinessRuleException refusal) {
                Toasts.error(refusal);
            }
        })));
        upload.addFileRejectedListener(e -> Toasts.errorKey("upload.rejected", e.getFileName(), e.getErrorMessage()));
        return upload;
    }

    /** Applies the attachment rules and the translated texts to an upload made by the caller. */
    static Upload configured(Upload upload) {
        upload.addClassName("sh-upload");
        upload.setMaxFiles(5);
        upload.setMaxFileSize((int) FileRules.MAX_BYTES);
        upload.setAcceptedFileTypes(FileRules.EXTENSIONS.stream().map(e -> "." + e).toArray(String[]::new));
        upload.setI18n(uploadTexts());
        return upload;
    }

    /** The sentence that states the upload rules. */
    public static Span uploadRules() {
        Span rules = new Span(t("attachment.rules", String.join(", ", FileRules.allowedForDisplay()), maxMegabytes()));
        rules.addClassName("sh-muted");
        return rules;
    }

    static long maxMegabytes() {
        return FileRules.MAX_BYTES / 1024 / 1024;
    }

    /** The upload component's texts in the user's language. */
    public static UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("attachment.drop-one")).setMany(t("attachment.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("attachment.add-one")).setMany(t("attachment.add-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t("attachment.too-many"))
                .setFileIsTooBig(t("error.attachment.too-large", maxMegabytes()))
                .setIncorrectFileType(t("error.attachment.type", String.join(", ", FileRules.allowedForDisplay()))));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t("attachment.connecting"))
                        .setStalled(t("attachment.stalled")).setProcessing(t("attachment.processing"))
                        .setHeld(t("attachment.queued")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t("attachment.remaining"))
                        .setUnknown(t("attachment.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t("attachment.server-error"))
                        .setUnexpectedServerError(t("attachment.server-error"))
                        .setForbidden(t("attachment.forbidden"))
                        .setFileTooLarge(t("error.attachment.too-large", maxMegabytes()))));
        i18n.setFile(new UploadI18N.File().setRetry(t("attachment.retry")).setStart(t("attachment.start"))
                .setRemove(t("common.remove")));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private static String t(Locale locale, String key) {
        return UI.getCurrent().getTranslation(locale, key);
    }
}
