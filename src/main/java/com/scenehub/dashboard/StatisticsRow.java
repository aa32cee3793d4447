package com.scenehub.dashboard;

import java.math.BigDecimal;

/** Counts and money of one group (a batch, scene field, industry chain, or the whole zone). */
public record StatisticsRow(String key, String label, long opportunities, long proposals, long awards, long projects,
        long completed, BigDecimal budget, BigDecimal contracts, BigDecimal grants, BigDecimal disbursed) {
}
