package com.scenehub.requirement.ui;

import com.scenehub.requirement.RequirementService;
import com.scenehub.requirement.RequirementWork;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.spi.WorkItem;
import com.scenehub.shared.spi.WorkItemSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Home-page items: returned requirements and drafts (enterprise), to analyse (expert), to assign and decide (manager). */
@Component
class RequirementWorkItems implements WorkItemSource {

    private final RequirementService requirements;

    RequirementWorkItems(RequirementService requirements) {
        this.requirements = requirements;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        RequirementWork work = requirements.work(user);
        List<WorkItem> items = new ArrayList<>();
        add(items, "work.requirement.returned", work.returned());
        add(items, "work.requirement.drafts", work.drafts());
        add(items, "work.requirement.to-analyse", work.toAnalyse());
        add(items, "work.requirement.to-assign", work.toAssign());
        add(items, "work.requirement.to-decide", work.toDecide());
        return items;
    }

    private static void add(List<WorkItem> items, String key, long count) {
        if (count >= 0) {
            items.add(new WorkItem(key, count, RequirementsView.class));
        }
    }
}
