package com.scenehub.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.security.AccountService;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@SceneHubTest
class OrganisationServiceTest {

    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;

    @Test
    void registrationCreatesAPendingOrganisationAndItsFirstAccount() {
        OrganisationRegistration r = TestData.registration(Roles.PROVIDER);
        OrganisationSummary org = organisations.register(r, Translations.ENGLISH);

        assertThat(org.status()).isEqualTo(OrganisationStatus.PENDING);
        assertThat(org.appliedRoles()).containsExactly(Roles.PROVIDER);
        var account = accounts.findByUsername(r.getUsername()).orElseThrow();
        assertThat(account.organisationId()).isEqualTo(org.id());
        assertThat(account.roles()).containsExactly(Roles.PROVIDER);
        assertThat(account.locale()).isEqualTo(Translations.ENGLISH);
    }

    @Test
    void aWrongCreditCodeIsRefusedAndNothingIsSaved() {
        OrganisationRegistration r = TestData.registration(Roles.ENTERPRISE);
        r.setCreditCode("91350100M000100Y44");
        long before = signedIn.as(data.staff(Roles.MANAGER), () -> organisations.all().size());

        assertThatThrownBy(() -> organisations.register(r, Translations.CHINESE))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("error.credit-code.check-digit");
        assertThat(signedIn.as(data.staff(Roles.MANAGER), () -> organisations.all().size())).isEqualTo(before);
        assertThat(accounts.usernameTaken(r.getUsername())).isFalse();
    }

    @Test
    void aTakenUsernameIsRefusedWithoutCreatingTheOrganisation() {
        OrgAndUser existing = data.pendingOrganisation(Roles.ENTERPRISE);
        OrganisationRegistration r = TestData.registration(Roles.ENTERPRISE);
        r.setUsername(existing.user().username().toUpperCase());

        assertThatThrownBy(() -> organisations.register(r, Translations.CHINESE))
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("error.account.username-taken");
    }

    @Test
    void aManagerVerifiesAPendingOrganisation() {
        OrgAndUser pending = data.pendingOrganisation(Roles.ENTERPRISE);
        var manager = data.staff(Roles.MANAGER);

        OrganisationSummary verified = signedIn.as(manager, () -> organisations.verify(pending.organisation().id()));

        assertThat(verified.status()).isEqualTo(OrganisationStatus.VERIFIED);
        assertThat(verified.reviewedBy()).isEqualTo(manager.username());
        organisations.requireVerified(pending.organisation().id());
    }

    @Test
    void rejectionNeedsAReasonAndHappensOnlyOnce() {
        OrgAndUser pending = data.pendingOrganisation(Roles.ENTERPRISE);
        var manager = data.staff(Roles.MANAGER);
        Long id = pending.organisation().id();

        assertThatThrownBy(() -> signedIn.as(manager, () -> organisations.reject(id, "  ")))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("error.reason-required");
        OrganisationSummary rejected = signedIn.as(manager, () -> organisations.reject(id, "营业执照信息不符"));
        assertThat(rejected.status()).isEqualTo(OrganisationStatus.REJECTED);
        assertThat(rejected.reviewNote()).isEqualTo("营业执照信息不符");
        assertThatThrownBy(() -> signedIn.as(manager, () -> organisations.verify(id)))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("error.organisation.not-pending");
        assertThatThrownBy(() -> organisations.requireVerified(id))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("error.organisation.not-verified");
    }

    @Test
    void onlyManagersMayVerifyOrReject() {
        OrgAndUser pending = data.pendingOrganisation(Roles.ENTERPRISE);
        OrgAndUser enterprise = data.verifiedOrganisation(Roles.ENTERPRISE);
        var admin = data.staff(Roles.ADMIN);
        Long id = pending.organisation().id();

        assertThatThrownBy(() -> signedIn.as(enterprise.user(), () -> organisations.verify(id)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(admin, () -> organisations.reject(id, "x")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> organisations.verify(id)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(enterprise.user(), () -> organisations.pending()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void organisationsSharingARepresentativeOrContactAreRelated() {
        OrganisationRegistration first = TestData.registration(Roles.ENTERPRISE);
        OrganisationRegistration second = TestData.registration(Roles.PROVIDER);
        second.setLegalRepresentative(first.getLegalRepresentative());
        OrganisationRegistration third = TestData.registration(Roles.PROVIDER);
        third.setContactEmail(first.getContactEmail().toUpperCase());
        OrganisationRegistration stranger = TestData.registration(Roles.PROVIDER);
        OrganisationRegistration sameCode = TestData.registration(Roles.AGENCY);
        sameCode.setCreditCode(first.getCreditCode());

        Long a = organisations.register(first, Translations.CHINESE).id();
        Long b = organisations.register(second, Translations.CHINESE).id();
        Long c = organisations.register(third, Translations.CHINESE).id();
        Long d = organisations.register(stranger, Translations.CHINESE).id();
        Long e = organisations.register(sameCode, Translations.CHINESE).id();

        assertThat(organisations.relatedOrganisationIds(a)).containsExactlyInAnyOrder(a, b, c, e);
        assertThat(organisations.areRelated(b, a)).isTrue();
        assertThat(organisations.areRelated(a, d)).isFalse();
        assertThat(organisations.areRelated(d, d)).isTrue();

        // the batched form (voucher claim batches) finds the same groups, for verified organisations only
        for (Long id : List.of(a, b, d)) {
            com.scenehub.shared.security.SystemUser.callAs("test-manager", java.util.Set.of(Roles.MANAGER),
                    () -> organisations.verify(id));
        }
        var groups = organisations.relatedGroupsOfVerified(List.of(a, b, c, d));
        assertThat(groups).containsOnlyKeys(a, b, d);
        assertThat(groups.get(a)).isEqualTo(organisations.relatedOrganisationIds(a));
        assertThat(groups.get(b)).isEqualTo(organisations.relatedOrganisationIds(b)).contains(a, b);
        assertThat(groups.get(d)).containsExactly(d);
        assertThat(organisations.relatedGroupsOfVerified(List.of(c))).isEmpty();
    }
}
