package com.scenehub.voucher;

import com.scenehub.support.TestClock;
import com.scenehub.organisation.OrganisationRegistration;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.security.Roles;
import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData;
import com.scenehub.support.TestData.OrgAndUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Builds programmes, catalogue items and orders for voucher tests. */
public class VoucherFixture {

    public static final List<String> CATEGORIES = List.of("PATENT", "HIGH_TECH_APPLICATION", "RD_DESIGN",
            "INCUBATION", "TESTING");

    final VoucherService vouchers;
    final VoucherOrderService orders;
    final TestData data;
    final SignedIn signedIn;
    final TestClock clock;
    final com.scenehub.organisation.OrganisationService organisations;
    final com.scenehub.security.AccountService accounts;
    private AccountSummary manager;

    VoucherFixture(VoucherService vouchers, VoucherOrderService orders, TestData data, SignedIn signedIn,
            TestClock clock, com.scenehub.organisation.OrganisationService organisations,
            com.scenehub.security.AccountService accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.vouchers = vouchers;
        this.orders = orders;
        this.data = data;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }

    public static BigDecimal yuan(long value) {
        return BigDecimal.valueOf(value).setScale(2);
    }

    public AccountSummary manager() {
        if (manager == null) {
            manager = data.staff(Roles.MANAGER);
        }
        return manager;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A form: claims open from yesterday for 30 days, use within 90 days, redeem within 150. */
    public ProgrammeForm form(long budget, long cap, long... faceValues) {
        Map<String, BigDecimal> coverage = new TreeMap<>();
        CATEGORIES.forEach(c -> coverage.put(c, new BigDecimal("0.50")));
        LocalDate today = today();
        List<BigDecimal> faces = faceValues.length == 0 ? List.of(yuan(10000), yuan(20000), yuan(50000))
                : java.util.Arrays.stream(faceValues).mapToObj(VoucherFixture::yuan).toList();
        return new ProgrammeForm(today.getYear(), "创新券计划 " + TestData.next(), yuan(budget), yuan(cap), faces,
                coverage, today.minusDays(1), today.plusDays(30), today.plusDays(90), today.plusDays(150));
    }

    /** An open programme. */
    public ProgrammeSummary openProgramme(long budget, long cap, long... faceValues) {
        return signedIn.as(manager(), () -> {
            ProgrammeSummary p = vouchers.createProgramme(form(budget, cap, faceValues), key());
            return vouchers.openProgramme(p.id());
        });
    }

    public OrgAndUser enterprise() {
        return data.verifiedOrganisation(Roles.ENTERPRISE);
    }

    public OrgAndUser agency() {
        return data.verifiedOrganisation(Roles.AGENCY);
    }

    /** A verified enterprise related to another (same legal representative). */
    public OrgAndUser relatedTo(OrgAndUser other, String role) {
        OrganisationRegistration r = TestData.registration(role);
        r.setLegalRepresentative(other.organisation().legalRepresentative());
        var org = organisations.register(r, com.scenehub.shared.i18n.Translations.CHINESE);
        var verified = com.scenehub.shared.security.SystemUser.callAs("test-manager", java.util.Set.of(Roles.MANAGER),
                () -> organisations.verify(org.id()));
        return new OrgAndUser(verified, accounts.findByUsername(r.getUsername()).orElseThrow());
    }

    public CatalogueItemSummary item(OrgAndUser agency, String category, long price) {
        return signedIn.as(agency.user(), () -> orders.addItem(new CatalogueItemForm(category, "服务 " + TestData.next(),
                "说明", yuan(price), 30), key()));
    }

    public VoucherSummary claim(OrgAndUser enterprise, ProgrammeSummary programme, long face) {
        return signedIn.as(enterprise.user(), () -> vouchers.claim(programme.id(), yuan(face), key()));
    }

    public OrderSummary order(OrgAndUser enterprise, ProgrammeSummary programme, CatalogueItemSummary item,
            long price, long voucherAmount) {
        return signedIn.as(enterprise.user(), () -> orders.placeOrder(programme.id(), item.id(), yuan(price),
                yuan(voucherAmount), key()));
    }

    /** A small valid PDF uploaded by the user. */
    public Long pdf(AccountSummary user, FileStore files) {
        return signedIn.as(user, () -> files.store("doc.pdf", "%PDF-1.4\n%test\n".getBytes()));
    }

    /**
     * Fires {@code claims} concurrent claims of ¥1 000 from {@code threads} threads, released at once,
     * and counts the outcomes: "ok" or the refusal's message key.
     */
    public Map<String, Integer> claimRace(int claims, int threads, java.util.function.IntFunction<OrgAndUser> who,
            java.util.function.IntFunction<ProgrammeSummary> where) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        Map<String, java.util.concurrent.atomic.AtomicInteger> counts = new java.util.concurrent.ConcurrentHashMap<>();
        List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < claims; i++) {
            OrgAndUser claimant = who.apply(i);
            ProgrammeSummary p = where.apply(i);
            futures.add(pool.submit(() -> {
                start.await();
                String outcome;
                try {
                    signedIn.as(claimant.user(), () -> vouchers.claim(p.id(), yuan(1000), key()));
                    outcome = "ok";
                } catch (com.scenehub.shared.domain.BusinessRuleException refused) {
                    outcome = refused.messageKey();
                }
                counts.computeIfAbsent(outcome, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                return null;
            }));
        }
        start.countDown();
        try {
            for (java.util.concurrent.Future<?> f : futures) {
                f.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Integer> result = new TreeMap<>();
        counts.forEach((k, v) -> result.put(k, v.get()));
        return result;
    }

    /** The call is refused with exactly this translation key. */
    public static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call)
                .isInstanceOf(com.scenehub.shared.domain.BusinessRuleException.class)
                .extracting(e -> ((com.scenehub.shared.domain.BusinessRuleException) e).messageKey()).isEqualTo(key);
    }

    /** An order the agency accepted and delivered and the enterprise confirmed with proof of its share. */
    public OrderSummary confirmedOrder(OrgAndUser enterprise, OrgAndUser agency, ProgrammeSummary programme,
            CatalogueItemSummary item, long price, long voucherAmount, FileStore files) {
        OrderSummary order = order(enterprise, programme, item, price, voucherAmount);
        signedIn.run(agency.user(), () -> {
            orders.acceptOrder(order.id());
            orders.deliverOrder(order.id());
        });
        Long proof = pdf(enterprise.user(), files);
        return signedIn.as(enterprise.user(), () -> orders.confirmDelivery(order.id(), proof));
    }
}
