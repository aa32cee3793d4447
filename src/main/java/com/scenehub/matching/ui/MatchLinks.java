package com.scenehub.matching.ui;

import com.scenehub.records.ui.RelatedViews;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Puts "ranked matches" links on requirement and opportunity pages for the people who use them
 * (managers, experts, the demand enterprise); the matches view itself checks who may read the record.
 */
@Component
class MatchLinks implements RelatedViews {

    @Override
    public List<Link> linksFor(RecordType type, Long id, CurrentUser user) {
        if (id == null || !user.hasAnyRole(Roles.MANAGER, Roles.EXPERT, Roles.ENTERPRISE)) {
            return List.of();
        }
        return switch (type) {
            case REQUIREMENT -> List.of(Link.to("matching.link.requirement", RequirementMatchesView.class, id));
            case OPPORTUNITY -> List.of(Link.to("matching.link.opportunity", OpportunityMatchesView.class, id));
            default -> List.of();
        };
    }
}
