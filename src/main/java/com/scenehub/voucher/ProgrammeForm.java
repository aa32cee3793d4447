package com.scenehub.voucher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a manager enters for a programme. {@code coverage} maps each eligible voucher category to the
 * share of an order a voucher may pay (0 < ratio <= 1).
 */
public record ProgrammeForm(int year, String name, BigDecimal totalBudget, BigDecimal enterpriseCap,
        List<BigDecimal> faceValues, Map<String, BigDecimal> coverage, LocalDate claimOpens, LocalDate claimCloses,
        LocalDate useDeadline, LocalDate redemptionDeadline) {

    public static final BigDecimal DEFAULT_CAP = new BigDecimal("200000.00");
    public static final BigDecimal DEFAULT_COVERAGE = new BigDecimal("0.50");

    /** DESIGN §7 defaults: cap ¥200 000, 50 % coverage, use within 12 months, redeem within 60 days after. */
    public static ProgrammeForm defaults(int year, String name, BigDecimal budget, LocalDate opens,
            List<String> categories) {
        Map<String, BigDecimal> coverage = new java.util.TreeMap<>();
        categories.forEach(c -> coverage.put(c, DEFAULT_COVERAGE));
        LocalDate useDeadline = opens.plusMonths(12).minusDays(1);
        return new ProgrammeForm(year, name, budget, DEFAULT_CAP,
                List.of(new BigDecimal("10000"), new BigDecimal("20000"), new BigDecimal("50000")), coverage,
                opens, opens.plusMonths(3).minusDays(1), useDeadline, useDeadline.plusDays(60));
    }
}
