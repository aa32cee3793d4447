package com.scenehub.supply.ui;

import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.spi.WorkItem;
import com.scenehub.shared.spi.WorkItemSource;
import com.scenehub.supply.SupplyService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Home-page items: supply items to review (managers) and returned items (providers). */
@Component
class SupplyWorkItems implements WorkItemSource {

    private final SupplyService supply;

    SupplyWorkItems(SupplyService supply) {
        this.supply = supply;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        long[] work = supply.work(user);
        List<WorkItem> items = new ArrayList<>();
        if (work[0] >= 0) {
            items.add(new WorkItem("work.supply.to-review", work[0], SupplyView.class));
        }
        if (work[1] >= 0) {
            items.add(new WorkItem("work.supply.returned", work[1], SupplyView.class));
        }
        return items;
    }
}
