package com.scenehub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

@SceneHubTest
class LoginProtectionTest {

    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired AccountService accounts;
    @Autowired SecurityLog securityLog;
    @Autowired LoginProtectionProperties protection;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;
    AuthenticationManager authenticationManager;

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
    }

    private Authentication login(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void theRightPasswordSignsInAndIsLogged() {
        AccountSummary user = data.verifiedOrganisation(Roles.ENTERPRISE).user();

        Authentication auth = login(user.username(), TestData.PASSWORD);

        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getAuthorities()).extracting(a -> a.getAuthority()).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_ENTERPRISE");
        var admin = data.staff(Roles.ADMIN);
        assertThat(signedIn.as(admin, () -> securityLog.forUser(user.username())))
                .extracting(SecurityEventView::type).contains(SecurityEventType.LOGIN_SUCCESS);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
        AccountSummary user = data.verifiedOrganisation(Roles.PROVIDER).user();

        for (int i = 0; i < protection.lockAfter(); i++) {
            assertThatThrownBy(() -> login(user.username(), "wrong-password1")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login(user.username(), TestData.PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(accounts.findAccount(user.id()).orElseThrow().locked()).isTrue();
        var admin = data.staff(Roles.ADMIN);
        assertThat(signedIn.as(admin, () -> securityLog.forUser(user.username())))
                .extracting(SecurityEventView::type)
                .contains(SecurityEventType.LOGIN_FAILURE, SecurityEventType.LOCKOUT);

        signedIn.run(admin, () -> accounts.unlock(user.id()));
        assertThat(login(user.username(), TestData.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        AccountSummary user = data.verifiedOrganisation(Roles.PROVIDER).user();
        for (int i = 0; i < protection.lockAfter() - 1; i++) {
            assertThatThrownBy(() -> login(user.username(), "wrong-password1")).isInstanceOf(BadCredentialsException.class);
        }
        login(user.username(), TestData.PASSWORD);
        assertThatThrownBy(() -> login(user.username(), "wrong-password1")).isInstanceOf(BadCredentialsException.class);

        assertThat(login(user.username(), TestData.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void repeatedFailuresAreAnsweredMoreSlowly() {
        assertThat(protection.delayFor(1)).isZero();
        assertThat(protection.delayFor(protection.slowAfter())).isZero();
        assertThat(protection.delayFor(protection.slowAfter() + 1)).isPositive();
        assertThat(protection.delayFor(protection.slowAfter() + 2)).isGreaterThan(protection.delayFor(protection.slowAfter() + 1));
        assertThat(protection.delayFor(1000)).isEqualTo(protection.maxDelay());

        LoginProtectionProperties defaults = new LoginProtectionProperties(0, null, null, 0, null);
        assertThat(defaults.lockAfter()).isEqualTo(5);
        assertThat(defaults.lockFor()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.delayFor(4)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        AccountSummary user = data.verifiedOrganisation(Roles.AGENCY).user();
        signedIn.run(data.staff(Roles.ADMIN), () -> accounts.disable(user.id()));

        assertThatThrownBy(() -> login(user.username(), TestData.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void passwordsAreStoredAsAnAdaptiveHash() {
        AccountSummary user = data.verifiedOrganisation(Roles.AGENCY).user();
        AccountUserDetailsService details = null;
        var stored = login(user.username(), TestData.PASSWORD);
        assertThat(stored.getCredentials()).isNull();
        assertThat(((AccountPrincipal) stored.getPrincipal()).password()).startsWith("{bcrypt}$2").doesNotContain(TestData.PASSWORD);
        assertThat(details).isNull();
    }
}
