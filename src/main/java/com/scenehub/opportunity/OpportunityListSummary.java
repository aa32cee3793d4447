package com.scenehub.opportunity;

import java.time.Instant;
import java.util.List;

/** A numbered list (batch): its opportunities (demand list) and supply item ids (supply list). */
public record OpportunityListSummary(Long id, int year, int sequence, String title, String note, boolean published,
        Instant publishedAt, List<Long> opportunityIds, List<Long> supplyItemIds, boolean demo) {
}
