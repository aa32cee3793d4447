package com.scenehub.requirement.ui;

import com.scenehub.records.ui.StatusBadge;
import com.scenehub.requirement.RequirementStatus;
import com.vaadin.flow.component.Component;

final class RequirementLabels {

    private RequirementLabels() {
    }

    static StatusBadge badge(Component c, RequirementStatus status) {
        return new StatusBadge(c.getTranslation("requirement.status." + status.name()), StatusBadge.tone(status.name()));
    }
}
