package com.scenehub.records.ui;

import com.scenehub.shared.i18n.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
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
import java.util.function.Supplier;

/**
 * Typed inputs for forms: dates with a {@link DatePicker} in the user's language (shown as yyyy-MM-dd
 * in both), money with a {@link BigDecimalField} in yuan. Bad input, out-of-range dates and amounts
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

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private static String t(Locale locale, String key) {
        return UI.getCurrent().getTranslation(locale, key);
    }
}
