package com.scenehub.opportunity;

import java.util.List;

/** A numbered list was published: its opportunities are open and its supply list public. */
public record OpportunityListPublished(Long listId, String title, int year, int sequence, List<Long> opportunityIds,
        List<Long> supplyItemIds) {
}
