package com.scenehub.voucher;

import java.math.BigDecimal;

/** One line of a voucher report: value issued, reserved, redeemed (approved), paid and expired. */
public record ReportRow(String key, String label, BigDecimal issued, BigDecimal reserved, BigDecimal redeemed,
        BigDecimal paid, BigDecimal expired) {
}
