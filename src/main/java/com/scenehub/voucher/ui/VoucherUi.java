package com.scenehub.voucher.ui;

import com.scenehub.records.ui.Inputs;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.ui.Toasts;
import com.scenehub.voucher.RedemptionSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/** Small helpers the voucher views share: money and date formats, status badges, guarded actions. */
final class VoucherUi {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private VoucherUi() {
    }

    static String money(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(true);
        return "¥" + format.format(value);
    }

    /** A typed amount ("12,000.50", "¥8000") as yuan, or null when it is not a number. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("¥", "").replace(",", "").replace("，", "").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A typed date (yyyy-MM-dd), or null. */
    static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** A required date picker in the user's language ({@link Inputs#date}). */
    static DatePicker datePicker(Component owner, String labelKey) {
        DatePicker picker = Inputs.date(labelKey);
        picker.setRequiredIndicatorVisible(true);
        picker.addClassName("sh-date-field");
        return picker;
    }

    /** A money field in yuan: "¥" before, "元"/"CNY" after, a translated message for what is not a number. */
    static BigDecimalField moneyField(Component owner, String labelKey) {
        BigDecimalField field = new BigDecimalField(owner.getTranslation(labelKey));
        field.setPrefixComponent(new Span("¥"));
        Span unit = new Span(owner.getTranslation("voucher.yuan"));
        unit.addClassName("sh-unit");
        field.setSuffixComponent(unit);
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(owner.getTranslation("error.voucher.amount-positive"))
                .setRequiredErrorMessage(owner.getTranslation("error.voucher.amount-positive")));
        field.setRequiredIndicatorVisible(true);
        field.addClassName("sh-money-field");
        return field;
    }

    /**
     * The amount of a money field, or null with a translated message beside the field when it is
     * empty, unreadable or not positive; the typed text stays.
     */
    static BigDecimal positive(Component owner, BigDecimalField field) {
        BigDecimal value = field.getValue();
        if (value == null || value.signum() <= 0 || value.stripTrailingZeros().scale() > 2) {
            field.setErrorMessage(owner.getTranslation("error.voucher.amount-positive"));
            field.setInvalid(true);
            return null;
        }
        field.setInvalid(false);
        return value;
    }

    /** The date of a picker, or null with a translated message beside it when empty or unreadable. */
    static LocalDate date(Component owner, DatePicker picker) {
        LocalDate value = picker.getValue();
        if (value == null) {
            picker.setErrorMessage(owner.getTranslation("error.voucher.date-format"));
            picker.setInvalid(true);
            return null;
        }
        picker.setInvalid(false);
        return value;
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    /** A coverage share as a percentage without trailing zeros: 0.5 → "50", 0.125 → "12.5". */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** A redemption's outcome in words: the rejection reason, or the payment's reference and date. */
    static String paymentOrReason(Component owner, RedemptionSummary r) {
        if (r.rejectReason() != null) {
            return r.rejectReason();
        }
        return r.paymentReference() == null ? ""
                : owner.getTranslation("voucher.payment.line", r.paymentReference(), date(r.paymentDate()));
    }

    static Span badge(Component owner, String key, String theme) {
        Span badge = new Span(owner.getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    /** Runs an action; on a refusal shows why (translated) and returns null, keeping what the user typed. */
    static <T> T attempt(Supplier<T> action, String successKey, Object... args) {
        try {
            T result = action.get();
            if (successKey != null) {
                Toasts.success(successKey, args);
            }
            return result;
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
            return null;
        }
    }

    static boolean run(Runnable action, String successKey, Object... args) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }, successKey, args) != null;
    }
}
