package com.scenehub.voucher;

import com.scenehub.support.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Gives voucher tests a clock they can move and the voucher fixture. */
@TestConfiguration
@Import(TestClock.Config.class)
public class VoucherTestConfig {

    @Bean
    VoucherFixture voucherFixture(VoucherService vouchers, VoucherOrderService orders,
            com.scenehub.support.TestData data, com.scenehub.support.SignedIn signedIn, TestClock clock,
            com.scenehub.organisation.OrganisationService organisations, com.scenehub.security.AccountService accounts) {
        return new VoucherFixture(vouchers, orders, data, signedIn, clock, organisations, accounts);
    }

}
