package com.scenehub.records.ui;

import com.scenehub.shared.config.ClockConfig;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and money (yuan) the same way on every page and in every export. */
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfig.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Formats() {
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "¥" + format.format(amount);
    }

    /** "¥a – ¥b", "≥ ¥a", "≤ ¥b" or "" for a range that may be open on either side. */
    public static String range(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "";
        }
        if (min == null) {
            return "≤ " + money(max);
        }
        if (max == null) {
            return "≥ " + money(min);
        }
        return money(min) + " – " + money(max);
    }
}
