package com.scenehub.voucher;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives voucher tests a clock they can move. */
@TestConfiguration
public class VoucherTestConfig {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    VoucherFixture voucherFixture(VoucherService vouchers, VoucherOrderService orders,
            com.scenehub.support.TestData data, com.scenehub.support.SignedIn signedIn, MutableClock clock,
            com.scenehub.organisation.OrganisationService organisations, com.scenehub.security.AccountService accounts) {
        return new VoucherFixture(vouchers, orders, data, signedIn, clock, organisations, accounts);
    }

}
