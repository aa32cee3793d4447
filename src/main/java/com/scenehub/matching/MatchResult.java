package com.scenehub.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One ranked result: what it is, its score (0–100) and the reasons for it, strongest first.
 * {@code amountMin/amountMax} are the candidate's price range (supply item) or budget (opportunity).
 */
public record MatchResult(MatchKind kind, Long sourceId, String title, Long ownerOrganisationId, String ownerName,
        int score, List<Reason> reasons, Set<String> sceneFields, Set<String> industryFields, String zoneArea,
        BigDecimal amountMin, BigDecimal amountMax, Integer trl, int completedProjects, int acceptedProjects) {
}
