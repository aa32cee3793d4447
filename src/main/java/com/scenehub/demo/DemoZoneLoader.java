package com.scenehub.demo;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.security.SystemUser;
import com.scenehub.shared.spi.DemoDataContribution;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads the demo zone once, when the database holds no demo data yet. */
@Component
@ConditionalOnProperty(name = "scenehub.demo.enabled", havingValue = "true")
class DemoZoneLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoZoneLoader.class);

    private final OrganisationService organisations;
    private final List<DemoDataContribution> contributions;

    DemoZoneLoader(OrganisationService organisations, List<DemoDataContribution> contributions) {
        this.organisations = organisations;
        this.contributions = contributions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        if (organisations.demoDataPresent()) {
            return;
        }
        log.info("Loading the demo zone ({} contributions)", contributions.size());
        SystemUser.runAs("demo-loader", Set.copyOf(Roles.ALL), () -> contributions.stream()
                .sorted(Comparator.comparingInt(DemoDataContribution::order))
                .forEach(DemoDataContribution::load));
    }
}
