package com.scenehub.opportunity;

/** One changed field of a corrigendum: field is one of WINDOW_CLOSES, ELIGIBILITY, CRITERIA, BUDGET. */
public record CorrigendumChange(String field, String oldValue, String newValue) {
}
