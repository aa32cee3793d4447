package com.scenehub.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A change to a published opportunity's frozen terms; null fields stay as they are. The reason is
 * mandatory and published with the corrigendum.
 */
public record OpportunityCorrection(String reason, Instant windowCloses, String eligibility, List<Criterion> criteria,
        BigDecimal budget) {
}
