package com.scenehub.voucher;

import static com.scenehub.voucher.VoucherFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.support.SignedIn;
import com.scenehub.support.TestData.OrgAndUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The claim races, run on H2 ({@link VoucherClaimRaceTest}) and PostgreSQL ({@link VoucherClaimRacePostgresTest})
 * through the group-commit writer: 1 000 concurrent claims against a budget that allows exactly N, and
 * one enterprise racing itself against its cap.
 */
abstract class VoucherClaimRaceChecks {

    static final int CLAIMS = 1000;
    static final int ALLOWED = 137;

    @Autowired VoucherService vouchers;
    @Autowired VoucherLedgerService ledger;
    @Autowired LedgerAccountRepository accounts;
    @Autowired VoucherFixture fx;
    @Autowired SignedIn signedIn;

    @Test
    void exactlyAsManyClaimsSucceedAsTheBudgetAllows() throws Exception {
        ProgrammeSummary p = fx.openProgramme(ALLOWED * 1000L, 1_000_000, 1000);
        List<OrgAndUser> enterprises = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            enterprises.add(fx.enterprise());
        }
        long batches = vouchers.claimWriter().batches();
        long fallbacks = vouchers.claimWriter().fallbacks();
        Map<String, Integer> outcomes = fx.claimRace(CLAIMS, 16, i -> enterprises.get(i % enterprises.size()), i -> p);

        assertThat(outcomes).containsEntry("ok", ALLOWED).containsEntry("error.voucher.budget-exhausted",
                CLAIMS - ALLOWED).hasSize(2);
        assertThat(vouchers.claimWriter().batches() - batches).as("claims were batched").isPositive().isLessThan(CLAIMS);
        // a batch failing on one database only (SQL the other accepts) would still answer right, one by one
        assertThat(vouchers.claimWriter().fallbacks() - fallbacks).as("batches that failed").isZero();
        assertThat(accounts.sumBalances(p.id(), AccountKind.PROGRAMME_BUDGET)).isEqualByComparingTo("0");
        assertThat(accounts.sumBalances(p.id(), AccountKind.VOUCHER)).isEqualByComparingTo(yuan(ALLOWED * 1000L));
        assertThat(signedIn.as(fx.manager(), () -> vouchers.vouchersOf(p.id()))).hasSize(ALLOWED);
        assertThat(signedIn.as(fx.manager(), () -> ledger.integrityCheck()).discrepancies()).isEmpty();
    }

    @Test
    void oneEnterpriseRacingItselfStopsExactlyAtItsCap() throws Exception {
        ProgrammeSummary p = fx.openProgramme(1_000_000, 10_000, 1000);
        OrgAndUser enterprise = fx.enterprise();
        Map<String, Integer> outcomes = fx.claimRace(200, 16, i -> enterprise, i -> p);

        assertThat(outcomes).containsEntry("ok", 10).containsEntry("error.voucher.cap-exceeded", 190).hasSize(2);
        assertThat(signedIn.as(enterprise.user(), () -> vouchers.remainingCap(p.id()))).isEqualByComparingTo("0");
    }
}
