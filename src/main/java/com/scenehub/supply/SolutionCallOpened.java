package com.scenehub.supply;

import java.time.LocalDate;

/** A manager opened a call for solutions. */
public record SolutionCallOpened(Long callId, String theme, LocalDate deadline) {
}
