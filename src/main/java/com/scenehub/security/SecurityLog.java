package com.scenehub.security;

import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the security log. */
@Service
public class SecurityLog {

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityLog(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    // Its own transaction: a failed login must be logged even though the login rolls back nothing.
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(SecurityEventType type, String username, String actor, String detail) {
        events.save(new SecurityEvent(clock.instant(), type, username, actor, detail));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<SecurityEventView> latest(int limit) {
        return events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, limit)).stream()
                .map(SecurityEvent::view).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<SecurityEventView> forUser(String username) {
        return events.findByUsernameOrderByOccurredAtDescIdDesc(username).stream().map(SecurityEvent::view).toList();
    }
}
