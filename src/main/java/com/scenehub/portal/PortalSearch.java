package com.scenehub.portal;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import com.scenehub.matching.ExplainedMatch;
import com.scenehub.matching.MatchKind;
import com.scenehub.matching.MatchingSearch;
import com.scenehub.matching.SearchFilters;
import com.scenehub.shared.i18n.Translations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Filters what is published; everything it returns is public. Keywords go through the matching
 * module's full-text search ({@link MatchingSearch}: Chinese segmentation, English stemming, the zone's
 * synonyms), so "自动导引车" finds an AGV item and results come most relevant first; a record the index
 * has not caught up with yet is still found by a plain substring match, after the ranked ones.
 */
@Service
public class PortalSearch {

    static final int SEARCH_LIMIT = 50;

    private final OpportunityService opportunities;
    private final SupplyService supply;
    private final ReferenceDataService referenceData;
    private final MatchingSearch matchingSearch;
    private final Clock clock;

    PortalSearch(OpportunityService opportunities, SupplyService supply, ReferenceDataService referenceData,
            MatchingSearch matchingSearch, Clock clock) {
        this.opportunities = opportunities;
        this.supply = supply;
        this.referenceData = referenceData;
        this.matchingSearch = matchingSearch;
        this.clock = clock;
    }

    public List<OpportunityDetails> opportunities(OpportunityFilter f) {
        Instant now = clock.instant();
        List<OpportunityDetails> filtered = opportunities.publishedOpportunities().stream()
                .filter(o -> f.sceneField() == null || f.sceneField().equals(o.sceneField()))
                .filter(o -> f.industryChain() == null
                        || f.industryChain().equals(referenceData.chainOfField(o.industryField())))
                .filter(o -> f.zoneArea() == null || f.zoneArea().equals(o.zoneArea()))
                .filter(o -> f.budgetMin() == null || o.budget().compareTo(f.budgetMin()) >= 0)
                .filter(o -> f.budgetMax() == null || o.budget().compareTo(f.budgetMax()) <= 0)
                .filter(o -> f.state() == null || ("OPEN".equals(f.state()) == o.openAt(now)))
                .toList();
        return byRelevance(f.text(), MatchKind.OPPORTUNITY, filtered, OpportunityDetails::id,
                o -> matches(f.text(), o.title(), o.summary(), o.scope(), o.indicators()));
    }

    public List<SupplyItemSummary> supplyItems(String text, String sceneField, String industryChain) {
        List<SupplyItemSummary> filtered = supply.listedItems().stream()
                .filter(i -> sceneField == null || i.sceneFields().contains(sceneField))
                .filter(i -> industryChain == null || i.industryFields().stream()
                        .map(referenceData::chainOfField).anyMatch(c -> Objects.equals(c, industryChain)))
                .toList();
        return byRelevance(text, MatchKind.SUPPLY_ITEM, filtered, SupplyItemSummary::id,
                i -> matches(text, i.name(), i.description(), i.referenceCases(), i.certifications()));
    }

    /**
     * The candidates the full-text search finds for the query, most relevant first, then those only a
     * literal substring match finds; all candidates when there is no query.
     */
    private <T> List<T> byRelevance(String query, MatchKind kind, List<T> candidates, Function<T, Long> id,
            Predicate<T> literal) {
        if (query == null || query.isBlank()) {
            return candidates;
        }
        Map<Long, T> byId = new LinkedHashMap<>();
        candidates.forEach(c -> byId.put(id.apply(c), c));
        List<T> result = new ArrayList<>();
        for (ExplainedMatch hit : matchingSearch.search(query.trim(), SearchFilters.of(kind), Translations.CHINESE, SEARCH_LIMIT)) {
            T candidate = byId.remove(hit.match().sourceId());
            if (candidate != null) {
                result.add(candidate);
            }
        }
        byId.values().stream().filter(literal).forEach(result::add);
        return result;
    }

    static boolean matches(String query, String... texts) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.trim().toLowerCase(Locale.ROOT);
        for (String t : texts) {
            if (t != null && t.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }
}
