package com.scenehub.matching.ui;

import com.scenehub.matching.MatchingService;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.spi.WorkItem;
import com.scenehub.shared.spi.WorkItemSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** On a provider's home page: how many open opportunities match its supply items well. */
@Component
class OpportunitiesForYouWork implements WorkItemSource {

    static final int GOOD_MATCH = 40;

    private final MatchingService matching;

    OpportunitiesForYouWork(MatchingService matching) {
        this.matching = matching;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        if (!user.hasRole(Roles.PROVIDER) || user.organisationId() == null) {
            return List.of();
        }
        long good = matching.opportunitiesForMe(10).stream().filter(r -> r.score() >= GOOD_MATCH).count();
        return List.of(new WorkItem("work.matching.opportunities-for-you", good, OpportunitiesForYouView.class));
    }
}
