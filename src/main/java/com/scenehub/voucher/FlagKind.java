package com.scenehub.voucher;

/** Integrity flags shown to managers (they do not block). */
public enum FlagKind {
    PRICE_ABOVE_MEDIAN, CONCENTRATION
}
