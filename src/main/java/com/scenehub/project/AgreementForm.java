package com.scenehub.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The agreement both parties confirm: amounts, dates and milestones. */
public record AgreementForm(BigDecimal contractAmount, BigDecimal grantAmount, LocalDate startDate, LocalDate endDate,
        List<MilestonePlan> milestones) {
}
