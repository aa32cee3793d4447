package com.scenehub.opportunity.ui;

import com.scenehub.opportunity.OpportunityService;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.spi.WorkItem;
import com.scenehub.shared.spi.WorkItemSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** Home-page items for managers: opportunities in design and ready ones waiting for a list. */
@Component
class OpportunityWorkItems implements WorkItemSource {

    private final OpportunityService opportunities;

    OpportunityWorkItems(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        long[] work = opportunities.work(user);
        if (work[0] < 0) {
            return List.of();
        }
        return List.of(new WorkItem("work.opportunity.designing", work[0], OpportunitiesView.class),
                new WorkItem("work.opportunity.ready", work[1], ListsView.class));
    }
}
