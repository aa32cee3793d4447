package com.scenehub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@SceneHubTest
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired SecurityLog securityLog;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;

    @Test
    void anAdminCreatesAccountsAndChangesRolesWhichIsLogged() {
        AccountSummary admin = data.staff(Roles.ADMIN);
        int n = TestData.next();
        AccountSummary created = signedIn.as(admin, () -> accounts.createAccount(new NewAccount("expert" + n,
                "goodpass1", "专家" + n, null, null, Set.of(Roles.EXPERT), Translations.CHINESE, false)));

        AccountSummary changed = signedIn.as(admin, () -> accounts.assignRoles(created.id(), Set.of(Roles.EXPERT, Roles.MANAGER)));

        assertThat(changed.roles()).containsExactlyInAnyOrder(Roles.EXPERT, Roles.MANAGER);
        assertThat(signedIn.as(admin, () -> securityLog.forUser(created.username())))
                .extracting(SecurityEventView::type)
                .contains(SecurityEventType.ACCOUNT_CREATED, SecurityEventType.ROLE_CHANGE);
        assertThat(signedIn.as(admin, () -> securityLog.forUser(created.username())))
                .filteredOn(e -> e.type() == SecurityEventType.ROLE_CHANGE)
                .first().extracting(SecurityEventView::actor).isEqualTo(admin.username());
    }

    @Test
    void onlyAdminsAdministerAccounts() {
        AccountSummary target = data.staff(Roles.EXPERT);
        for (String role : Set.of(Roles.MANAGER, Roles.EXPERT)) {
            AccountSummary other = data.staff(role);
            assertThatThrownBy(() -> signedIn.as(other, () -> accounts.assignRoles(target.id(), Set.of(Roles.ADMIN))))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(other, () -> accounts.allAccounts()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> signedIn.run(other, () -> accounts.resetPassword(target.id(), "newpass12")))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(other, () -> securityLog.latest(10)))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        AccountSummary enterprise = data.verifiedOrganisation(Roles.ENTERPRISE).user();
        assertThatThrownBy(() -> signedIn.as(enterprise, () -> accounts.disable(target.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        AccountSummary admin = data.staff(Roles.ADMIN);
        assertThatThrownBy(() -> signedIn.as(admin, () -> accounts.disable(admin.id())))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("error.account.cannot-disable-self");
        assertThatThrownBy(() -> signedIn.as(admin, () -> accounts.assignRoles(admin.id(), Set.of(Roles.MANAGER))))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("error.account.cannot-drop-own-admin");
    }

    @Test
    void weakPasswordsAndBadUsernamesAreRefused() {
        AccountSummary admin = data.staff(Roles.ADMIN);
        AccountSummary target = data.staff(Roles.EXPERT);
        assertThatThrownBy(() -> signedIn.run(admin, () -> accounts.resetPassword(target.id(), "short1")))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("error.account.password-length");
        assertThatThrownBy(() -> signedIn.run(admin, () -> accounts.resetPassword(target.id(), "onlyletters")))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("error.account.password-letters-digits");
        assertThatThrownBy(() -> accounts.openAccount(new NewAccount("a b", "goodpass1", "x", null, null,
                Set.of(Roles.EXPERT), Translations.CHINESE, false)))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("error.account.username-format");
        assertThatThrownBy(() -> accounts.openAccount(new NewAccount("nobody" + TestData.next(), "goodpass1", "x", null, null,
                Set.of("KING"), Translations.CHINESE, false)))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("error.account.unknown-role");
    }

    @Test
    void theLanguageChoiceIsRememberedPerUser() {
        AccountSummary user = data.verifiedOrganisation(Roles.ENTERPRISE).user();
        assertThat(user.locale()).isEqualTo(Translations.CHINESE);

        signedIn.run(user, () -> accounts.rememberLanguage(Translations.ENGLISH));

        assertThat(accounts.findAccount(user.id()).orElseThrow().locale()).isEqualTo(Translations.ENGLISH);
    }
}
