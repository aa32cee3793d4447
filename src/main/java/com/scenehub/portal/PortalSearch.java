package com.scenehub.portal;

import com.scenehub.opportunity.OpportunityDetails;
import com.scenehub.opportunity.OpportunityService;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.supply.SupplyItemSummary;
import com.scenehub.supply.SupplyService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** Filters what is published; everything it returns is public. */
@Service
public class PortalSearch {

    private final OpportunityService opportunities;
    private final SupplyService supply;
    private final ReferenceDataService referenceData;
    private final Clock clock;

    PortalSearch(OpportunityService opportunities, SupplyService supply, ReferenceDataService referenceData, Clock clock) {
        this.opportunities = opportunities;
        this.supply = supply;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    public List<OpportunityDetails> opportunities(OpportunityFilter f) {
        Instant now = clock.instant();
        return opportunities.publishedOpportunities().stream()
                .filter(o -> matches(f.text(), o.title(), o.summary(), o.scope(), o.indicators()))
                .filter(o -> f.sceneField() == null || f.sceneField().equals(o.sceneField()))
                .filter(o -> f.industryChain() == null
                        || f.industryChain().equals(referenceData.chainOfField(o.industryField())))
                .filter(o -> f.zoneArea() == null || f.zoneArea().equals(o.zoneArea()))
                .filter(o -> f.budgetMin() == null || o.budget().compareTo(f.budgetMin()) >= 0)
                .filter(o -> f.budgetMax() == null || o.budget().compareTo(f.budgetMax()) <= 0)
                .filter(o -> f.state() == null || ("OPEN".equals(f.state()) == o.openAt(now)))
                .toList();
    }

    public List<SupplyItemSummary> supplyItems(String text, String sceneField, String industryChain) {
        return supply.listedItems().stream()
                .filter(i -> matches(text, i.name(), i.description(), i.referenceCases(), i.certifications()))
                .filter(i -> sceneField == null || i.sceneFields().contains(sceneField))
                .filter(i -> industryChain == null || i.industryFields().stream()
                        .map(referenceData::chainOfField).anyMatch(c -> Objects.equals(c, industryChain)))
                .toList();
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
