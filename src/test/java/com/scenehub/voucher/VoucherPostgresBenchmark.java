package com.scenehub.voucher;

import com.scenehub.support.PostgresTest;

import com.scenehub.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark on Postgres, not part of the normal run:
 * {@code ./mvnw -B test -Dtest='Voucher*Benchmark' -Dbenchmark=true}.
 */
@PostgresTest
@Import(VoucherTestConfig.class)
// A fresh context: Spring Security's static holder strategy is replaced by every new context in the JVM.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class VoucherPostgresBenchmark {

    @Autowired VoucherService vouchers;
    @Autowired VoucherOrderService orders;
    @Autowired VoucherLedgerService ledger;
    @Autowired FileStore files;
    @Autowired VoucherFixture fx;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired jakarta.persistence.EntityManagerFactory emf;

    @Test
    void claimsAndRedemptionsPerSecond() throws Exception {
        new VoucherBenchmarkRun(vouchers, orders, ledger, files, fx, signedIn, jdbc, emf).run("Postgres", 4000, 300);
    }
}
