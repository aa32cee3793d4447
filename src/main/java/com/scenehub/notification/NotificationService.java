package com.scenehub.notification;

import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications (in-app and e-mail) and lets each user read their own. Other modules call
 * {@link #notifyUsers}, {@link #notifyOrganisation} or {@link #notifyRole} from their event listeners.
 */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final AccountService accounts;
    private final AuthenticatedUser authenticatedUser;
    private final Mailer mailer;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, AccountService accounts,
            AuthenticatedUser authenticatedUser, Mailer mailer, Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.authenticatedUser = authenticatedUser;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Notifies the given users; {@code link} is a route path inside the app, or null. */
    @Transactional
    public int notifyUsers(Collection<Long> userIds, String messageKey, List<String> arguments, String link) {
        int sent = 0;
        for (Long userId : new LinkedHashSet<>(userIds)) {
            AccountSummary account = accounts.findAccount(userId).orElse(null);
            if (account == null || !account.enabled()) {
                continue;
            }
            deliver(account, messageKey, arguments, link);
            sent++;
        }
        return sent;
    }

    /** Notifies every enabled account of an organisation. */
    @Transactional
    public int notifyOrganisation(Long organisationId, String messageKey, List<String> arguments, String link) {
        List<Long> ids = accounts.accountsOfOrganisation(organisationId).stream()
                .filter(AccountSummary::enabled).map(AccountSummary::id).toList();
        return notifyUsers(ids, messageKey, arguments, link);
    }

    /** Notifies every enabled account holding the role (e.g. all managers). */
    @Transactional
    public int notifyRole(String role, String messageKey, List<String> arguments, String link) {
        Set<Long> ids = new LinkedHashSet<>();
        accounts.accountsWithRole(role).forEach(a -> ids.add(a.id()));
        return notifyUsers(ids, messageKey, arguments, link);
    }

    private void deliver(AccountSummary account, String messageKey, List<String> arguments, String link) {
        Notification notification = notifications.save(
                new Notification(account.id(), messageKey, arguments, link, clock.instant()));
        String error = mailer.send(account, notification);
        if (error == null) {
            notification.emailed(clock.instant());
        } else if (!"mail-off".equals(error)) {
            notification.emailFailed(error);
        }
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<NotificationView> mine(int limit) {
        CurrentUser user = authenticatedUser.require();
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(user.userId(), PageRequest.of(0, limit))
                .stream().map(Notification::view).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long unreadCount() {
        return authenticatedUser.get().map(u -> notifications.countByRecipientIdAndReadAtIsNull(u.userId()))
                .orElse(0L);
    }

    /** Marks one of the current user's notifications read; another user's is left alone. */
    @PermitAll
    @Transactional
    public void markRead(Long notificationId) {
        CurrentUser user = authenticatedUser.require();
        notifications.findById(notificationId).filter(n -> n.getRecipientId().equals(user.userId()))
                .ifPresent(n -> n.markRead(clock.instant()));
    }

    @PermitAll
    @Transactional
    public void markAllRead() {
        CurrentUser user = authenticatedUser.require();
        notifications.findByRecipientIdAndReadAtIsNull(user.userId()).forEach(n -> n.markRead(clock.instant()));
    }
}
