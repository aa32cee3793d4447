package com.scenehub.project;

import java.math.BigDecimal;

/** What an award hands to the project module: who won which opportunity, and for how much. */
public record ProjectAward(Long opportunityId, Long demandOrganisationId, Long providerOrganisationId, String title,
        BigDecimal contractAmount) {
}
