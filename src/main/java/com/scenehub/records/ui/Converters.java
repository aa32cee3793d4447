package com.scenehub.records.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Text-field converters for money (yuan, two decimals) and dates (yyyy-MM-dd). The production bundle
 * carries text fields but no date picker or decimal field, so forms use these.
 */
public final class Converters {

    private Converters() {
    }

    public static Converter<String, BigDecimal> money(String error) {
        return new Converter<>() {
            @Override
            public Result<BigDecimal> convertToModel(String value, ValueContext context) {
                if (value == null || value.isBlank()) {
                    return Result.ok(null);
                }
                String clean = value.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").trim();
                try {
                    BigDecimal amount = new BigDecimal(clean);
                    if (amount.scale() > 2) {
                        return Result.error(error);
                    }
                    return Result.ok(amount.setScale(2, RoundingMode.UNNECESSARY));
                } catch (NumberFormatException | ArithmeticException e) {
                    return Result.error(error);
                }
            }

            @Override
            public String convertToPresentation(BigDecimal value, ValueContext context) {
                return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
            }
        };
    }

    public static Converter<String, LocalDate> date(String error) {
        return new Converter<>() {
            @Override
            public Result<LocalDate> convertToModel(String value, ValueContext context) {
                if (value == null || value.isBlank()) {
                    return Result.ok(null);
                }
                try {
                    return Result.ok(LocalDate.parse(value.trim()));
                } catch (DateTimeParseException e) {
                    return Result.error(error);
                }
            }

            @Override
            public String convertToPresentation(LocalDate value, ValueContext context) {
                return value == null ? "" : value.toString();
            }
        };
    }
}
