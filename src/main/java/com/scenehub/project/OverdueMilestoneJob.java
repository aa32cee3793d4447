package com.scenehub.project;

import com.scenehub.shared.security.Roles;
import com.scenehub.shared.security.SystemUser;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning (Asia/Shanghai) flags and notifies milestones that passed their due date. */
@Component
class OverdueMilestoneJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueMilestoneJob.class);

    private final ProjectService projects;

    OverdueMilestoneJob(ProjectService projects) {
        this.projects = projects;
    }

    @Scheduled(cron = "${scenehub.projects.overdue-cron:0 15 7 * * *}", zone = "Asia/Shanghai")
    void run() {
        int flagged = SystemUser.callAs("overdue-job", Set.of(Roles.MANAGER), projects::flagOverdueMilestones);
        if (flagged > 0) {
            log.info("Flagged {} overdue milestones", flagged);
        }
    }
}
