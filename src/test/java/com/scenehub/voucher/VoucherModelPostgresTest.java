package com.scenehub.voucher;

import com.scenehub.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.scenehub.support.PostgresTest;

import com.scenehub.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The randomised model test (see {@link VoucherModelCheck}) on Postgres. */
@PostgresTest
@Import(VoucherTestConfig.class)
class VoucherModelPostgresTest {

    @Autowired VoucherService vouchers;
    @Autowired VoucherOrderService orders;
    @Autowired VoucherLedgerService ledger;
    @Autowired FileStore files;
    @Autowired VoucherFixture fx;
    @Autowired SignedIn signedIn;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thousandsOfRandomConcurrentOperationsKeepEveryInvariant() throws Exception {
        new VoucherModelCheck(vouchers, orders, ledger, files, fx, signedIn, clock, jdbc)
                .run(VoucherModelCheck.seed(), 4, 300);

        IntegrityReport report = signedIn.as(fx.manager(), () -> ledger.integrityCheck());
        assertThat(report.transfers()).isPositive();
        assertThat(report.discrepancies()).as("ledger re-added after the model run").isEmpty();
    }
}
