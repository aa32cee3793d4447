package com.scenehub.selection.ui;

import com.scenehub.selection.SelectionService;
import com.scenehub.selection.SelectionService.SelectionWork;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.spi.WorkItem;
import com.scenehub.shared.spi.WorkItemSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The home page's selection work: drafts, panel tasks, selections to run, objections. */
@Component
class SelectionWorkItems implements WorkItemSource {

    private final SelectionService selection;

    SelectionWorkItems(SelectionService selection) {
        this.selection = selection;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        SelectionWork w = selection.work(user);
        List<WorkItem> items = new ArrayList<>();
        if (user.hasRole(Roles.PROVIDER)) {
            items.add(new WorkItem("work.proposals.drafts", w.providerDrafts(), ProposalsView.class));
        }
        if (user.hasRole(Roles.EXPERT)) {
            items.add(new WorkItem("work.selection.expert", w.expertTasks(), SelectionsView.class));
        }
        if (user.hasRole(Roles.ENTERPRISE)) {
            items.add(new WorkItem("work.selection.docking", w.demandDockings(), SelectionsView.class));
        }
        if (user.hasRole(Roles.MANAGER)) {
            items.add(new WorkItem("work.selection.manager", w.managerOpportunities(), SelectionsView.class));
            items.add(new WorkItem("work.selection.objections", w.openObjections(), SelectionsView.class));
        }
        return items;
    }
}
