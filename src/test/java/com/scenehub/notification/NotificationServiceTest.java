package com.scenehub.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

@SceneHubTest
class NotificationServiceTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired NotificationService notifications;
    @Autowired OrganisationService organisations;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    void verifyingAnOrganisationTellsItsPeopleInAppAndByMailInTheirLanguage() throws Exception {
        OrgAndUser pending = data.pendingOrganisation(Roles.ENTERPRISE);
        AccountSummary manager = data.staff(Roles.MANAGER);

        signedIn.run(manager, () -> organisations.verify(pending.organisation().id()));

        await().atMost(Duration.ofSeconds(10)).until(() -> !mailTo(pending.user().email()).isEmpty());
        MimeMessage message = mailTo(pending.user().email()).getFirst();
        assertThat(message.getSubject()).startsWith("【场景汇】").contains(pending.organisation().name());
        assertThat(GreenMailUtil.getBody(message)).isNotBlank();
        List<NotificationView> inbox = signedIn.as(pending.user(), () -> notifications.mine(10));
        assertThat(inbox).extracting(NotificationView::messageKey).contains("notify.organisation.verified");
        assertThat(signedIn.as(pending.user(), () -> notifications.unreadCount())).isEqualTo(1);
    }

    @Test
    void anEnglishReaderGetsEnglishMailAndARejectionCarriesTheReason() throws Exception {
        var registration = TestData.registration(Roles.PROVIDER);
        var org = organisations.register(registration, Translations.ENGLISH);
        AccountSummary manager = data.staff(Roles.MANAGER);

        signedIn.run(manager, () -> organisations.reject(org.id(), "Licence does not match"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !mailTo(registration.getContactEmail()).isEmpty());
        MimeMessage message = mailTo(registration.getContactEmail()).getFirst();
        assertThat(message.getSubject()).startsWith("[SceneHub]").contains("rejected");
        assertThat(GreenMailUtil.getBody(message)).contains("Licence does not match");
    }

    @Test
    void managersHearOfNewRegistrations() {
        AccountSummary manager = data.staff(Roles.MANAGER);
        OrgAndUser pending = data.pendingOrganisation(Roles.AGENCY);

        await().atMost(Duration.ofSeconds(10)).until(() -> signedIn.as(manager, () -> notifications.mine(50)).stream()
                .anyMatch(n -> n.arguments().contains(pending.organisation().name())));
    }

    @Test
    void usersReadAndMarkOnlyTheirOwnNotifications() {
        OrgAndUser a = data.verifiedOrganisation(Roles.ENTERPRISE);
        OrgAndUser b = data.verifiedOrganisation(Roles.ENTERPRISE);
        notifications.notifyUsers(List.of(a.user().id()), "notify.organisation.verified", List.of("A"), "home");
        await().atMost(Duration.ofSeconds(10)).until(() -> signedIn.as(a.user(), () -> notifications.unreadCount()) >= 1);
        Long id = signedIn.as(a.user(), () -> notifications.mine(10)).getFirst().id();
        long unreadBefore = signedIn.as(a.user(), () -> notifications.unreadCount());

        signedIn.run(b.user(), () -> notifications.markRead(id));
        assertThat(signedIn.as(a.user(), () -> notifications.unreadCount())).isEqualTo(unreadBefore);
        assertThat(signedIn.as(b.user(), () -> notifications.mine(10))).extracting(NotificationView::id).doesNotContain(id);

        signedIn.run(a.user(), () -> notifications.markAllRead());
        assertThat(signedIn.as(a.user(), () -> notifications.unreadCount())).isZero();
    }
}
