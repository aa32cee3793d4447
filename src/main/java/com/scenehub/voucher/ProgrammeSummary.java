package com.scenehub.voucher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A programme as views see it; {@code available} is the budget not yet issued. */
public record ProgrammeSummary(Long id, int year, String name, BigDecimal totalBudget, BigDecimal enterpriseCap,
        List<BigDecimal> faceValues, Map<String, BigDecimal> coverage, LocalDate claimOpens, LocalDate claimCloses,
        LocalDate useDeadline, LocalDate redemptionDeadline, ProgrammeStatus status, BigDecimal available) {

    public ProgrammeForm form() {
        return new ProgrammeForm(year, name, totalBudget, enterpriseCap, faceValues, coverage, claimOpens, claimCloses,
                useDeadline, redemptionDeadline);
    }
}
