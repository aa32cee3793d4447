package com.scenehub.project.ui;

import com.scenehub.project.ProjectService;
import com.scenehub.project.ProjectService.ProjectWork;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.spi.WorkItem;
import com.scenehub.shared.spi.WorkItemSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The home page's project work: agreements to confirm, evidence to decide or deliver, overdue milestones. */
@Component
class ProjectWorkItems implements WorkItemSource {

    private final ProjectService projects;

    ProjectWorkItems(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        ProjectWork w = projects.work(user);
        List<WorkItem> items = new ArrayList<>();
        if (user.hasAnyRole(Roles.ENTERPRISE, Roles.PROVIDER)) {
            items.add(new WorkItem("work.projects.confirm", w.toConfirm(), ProjectsView.class));
        }
        if (user.hasRole(Roles.ENTERPRISE)) {
            items.add(new WorkItem("work.projects.evidence", w.evidenceToDecide(), ProjectsView.class));
        }
        if (user.hasRole(Roles.PROVIDER)) {
            items.add(new WorkItem("work.projects.deliver", w.toDeliver(), ProjectsView.class));
        }
        if (user.hasRole(Roles.EXPERT)) {
            items.add(new WorkItem("work.projects.acceptance", w.acceptances(), ProjectsView.class));
        }
        if (user.hasRole(Roles.MANAGER)) {
            items.add(new WorkItem("work.projects.overdue", w.overdue(), ProjectsView.class));
        }
        return items;
    }
}
