package com.scenehub.matching;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What another module tells the index about one of its records. {@code amountMin/amountMax} are the
 * budget range (requirement, opportunity) or the price range (supply item), in yuan; either may be
 * null. Scene and industry fields are reference-data codes.
 */
public record MatchSource(MatchKind kind, Long sourceId, Long ownerOrganisationId, String ownerName,
        Visibility visibility, String title, String text, Set<String> sceneFields, Set<String> industryFields,
        String zoneArea, BigDecimal amountMin, BigDecimal amountMax, Integer trl, int completedProjects,
        int acceptedProjects) {

    public MatchSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(title, "title");
        sceneFields = sceneFields == null ? Set.of() : Set.copyOf(sceneFields);
        industryFields = industryFields == null ? Set.of() : Set.copyOf(industryFields);
    }

    /** A supply item with its provider's track record. */
    public static MatchSource supplyItem(Long id, Long providerId, String providerName, boolean listed, String name,
            String description, Set<String> sceneFields, Set<String> industryFields, String zoneArea,
            BigDecimal priceMin, BigDecimal priceMax, Integer trl, int completedProjects, int acceptedProjects) {
        return new MatchSource(MatchKind.SUPPLY_ITEM, id, providerId, providerName,
                listed ? Visibility.PUBLIC : Visibility.OWNER_ONLY, name, description, sceneFields, industryFields,
                zoneArea, priceMin, priceMax, trl, completedProjects, acceptedProjects);
    }
}
