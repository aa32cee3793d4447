package com.scenehub.organisation.ui;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.spi.WorkItem;
import com.scenehub.shared.spi.WorkItemSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** Managers see how many registrations wait for verification. */
@Component
class OrganisationWorkItems implements WorkItemSource {

    private final OrganisationService organisations;

    OrganisationWorkItems(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        if (!user.hasRole(Roles.MANAGER)) {
            return List.of();
        }
        return List.of(new WorkItem("work.organisations-pending", organisations.pendingCount(), OrganisationReviewView.class));
    }
}
