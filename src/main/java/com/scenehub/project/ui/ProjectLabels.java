package com.scenehub.project.ui;

import com.scenehub.project.MilestoneStatus;
import com.scenehub.project.ProjectStatus;
import com.scenehub.records.ui.StatusBadge;
import com.vaadin.flow.component.Component;

/** Translated badges of projects and milestones. */
final class ProjectLabels {

    private ProjectLabels() {
    }

    static StatusBadge project(Component c, ProjectStatus status) {
        String tone = switch (status) {
            case COMPLETED, SIGNED -> "success";
            case TERMINATED -> "error";
            case ACCEPTANCE, IN_PROGRESS -> "contrast";
            case DRAFT -> "";
        };
        return new StatusBadge(c.getTranslation("project.status." + status.name()), tone);
    }

    static StatusBadge milestone(Component c, MilestoneStatus status, boolean overdue) {
        if (overdue) {
            return new StatusBadge(c.getTranslation("milestone.overdue"), "error");
        }
        String tone = switch (status) {
            case MET -> "success";
            case REJECTED -> "error";
            case SUBMITTED, DEMAND_ACCEPTED -> "contrast";
            case PENDING -> "";
        };
        return new StatusBadge(c.getTranslation("milestone.status." + status.name()), tone);
    }
}
