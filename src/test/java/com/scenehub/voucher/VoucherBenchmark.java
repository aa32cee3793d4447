package com.scenehub.voucher;

import com.scenehub.support.SceneHubTest;
import com.scenehub.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark on H2, not part of the normal run:
 * {@code ./mvnw -B test -Dtest='Voucher*Benchmark' -Dbenchmark=true}.
 */
@SceneHubTest
@Import(VoucherTestConfig.class)
// A fresh context: Spring Security's static holder strategy is replaced by every new context in the JVM.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
// H2 re-parses every statement beyond its small per-session cache (8); a claim runs about 13 distinct
// statements. The application's H2 URL sets the same cache size.
@org.springframework.test.context.TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:scenehub-bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64")
class VoucherBenchmark {

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
        new VoucherBenchmarkRun(vouchers, orders, ledger, files, fx, signedIn, jdbc, emf).run("H2", 4000, 300);
    }
}
