package com.scenehub.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One planned milestone of an agreement; {@code paymentShare} is a percentage. */
public record MilestonePlan(String name, String deliverable, LocalDate dueDate, BigDecimal paymentShare) {
}
