package com.scenehub.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationStatus;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.security.AccountService;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.PostgresTest;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The foundation on PostgreSQL: the same migrations, the same rules. */
@PostgresTest
class FoundationOnPostgresTest {

    @Autowired DataSource dataSource;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired ReferenceDataService referenceData;
    @Autowired TestData data;
    @Autowired SignedIn signedIn;

    @Test
    void runsOnPostgresWithTheMigratedSchema() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(referenceData.active(ReferenceKind.INDUSTRY_CHAIN)).hasSize(6);
        assertThat(referenceData.label(ReferenceKind.SCENE_FIELD, "SMART_FACTORY", Translations.ENGLISH))
                .isEqualTo("Smart factory");
    }

    @Test
    void registersVerifiesAndKeepsHistory() {
        var pending = data.pendingOrganisation(Roles.ENTERPRISE);
        var manager = data.staff(Roles.MANAGER);

        var verified = signedIn.as(manager, () -> organisations.verify(pending.organisation().id()));

        assertThat(verified.status()).isEqualTo(OrganisationStatus.VERIFIED);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from organisation_aud where id = ?", Integer.class,
                pending.organisation().id())).isEqualTo(2);
        assertThat(accounts.findByUsername(pending.user().username())).isPresent();
    }

    @Test
    void refusesABadCreditCodeOnPostgresToo() {
        var registration = TestData.registration(Roles.PROVIDER);
        registration.setCreditCode("91350100M000100Y44");
        assertThatThrownBy(() -> organisations.register(registration, Translations.CHINESE))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(accounts.usernameTaken(registration.getUsername())).isFalse();
    }
}
