package com.scenehub.voucher;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in yuan with two decimals. */
final class Money {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    static BigDecimal of(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal of(long yuan) {
        return BigDecimal.valueOf(yuan).setScale(2);
    }

    /** The share of a price a voucher may pay, rounded down to the fen. */
    static BigDecimal share(BigDecimal price, BigDecimal ratio) {
        return price.multiply(ratio).setScale(2, RoundingMode.DOWN);
    }

    static long cents(BigDecimal value) {
        return value.movePointRight(2).longValueExact();
    }

    static BigDecimal ofCents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
