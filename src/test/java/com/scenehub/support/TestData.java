package com.scenehub.support;

import com.scenehub.organisation.CreditCode;
import com.scenehub.organisation.OrganisationRegistration;
import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.security.NewAccount;
import com.scenehub.shared.i18n.Translations;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.security.SystemUser;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Makes organisations and accounts for tests, each with unique names, codes and contacts so that
 * tests never collide and organisations are not related unless a test makes them so.
 */
@Component
public class TestData {

    public static final String PASSWORD = "secret123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1000);

    private final OrganisationService organisations;
    private final AccountService accounts;

    TestData(OrganisationService organisations, AccountService accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    /** A complete, valid registration with unique code, names and contacts. */
    public static OrganisationRegistration registration(String role) {
        int n = next();
        OrganisationRegistration r = new OrganisationRegistration();
        r.setName("测试机构" + n);
        r.setCreditCode(CreditCode.withCheckCharacter(String.format("91530400MA%07d", n)).value());
        r.setLegalRepresentative("法人" + n);
        r.setZoneArea("CORE_SOUTH");
        r.setIndustryField("INDUSTRIAL_INTERNET");
        r.setContactName("联系人" + n);
        r.setContactPhone("0877-" + (2000000 + n));
        r.setContactEmail("org" + n + "@example.test");
        r.setRoles(Set.of(role));
        r.setUsername("user" + n);
        r.setPassword(PASSWORD);
        return r;
    }

    /** A registered and verified organisation with one account (username in the summary's contact). */
    public OrgAndUser verifiedOrganisation(String role) {
        OrganisationRegistration r = registration(role);
        OrganisationSummary org = organisations.register(r, Translations.CHINESE);
        OrganisationSummary verified = SystemUser.callAs("test-manager", Set.of(Roles.MANAGER),
                () -> organisations.verify(org.id()));
        return new OrgAndUser(verified, accounts.findByUsername(r.getUsername()).orElseThrow());
    }

    /** A registered organisation still waiting for verification. */
    public OrgAndUser pendingOrganisation(String role) {
        OrganisationRegistration r = registration(role);
        OrganisationSummary org = organisations.register(r, Translations.CHINESE);
        return new OrgAndUser(org, accounts.findByUsername(r.getUsername()).orElseThrow());
    }

    /** A staff account (manager, expert, admin) without an organisation of its own. */
    public AccountSummary staff(String role) {
        int n = next();
        return accounts.openAccount(new NewAccount("staff" + n, PASSWORD, "Staff " + n, "staff" + n + "@example.test",
                null, Set.of(role), Locale.SIMPLIFIED_CHINESE, false));
    }

    public record OrgAndUser(OrganisationSummary organisation, AccountSummary user) {
    }
}
