package com.scenehub.opportunity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A corrigendum changed a published opportunity's frozen terms. */
public record OpportunityCorrected(Long opportunityId, Long corrigendumId, String title, String reason,
        List<CorrigendumChange> changes, Instant windowCloses, Set<Long> demandOrganisationIds) {
}
