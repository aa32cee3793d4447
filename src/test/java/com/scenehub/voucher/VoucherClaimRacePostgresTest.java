package com.scenehub.voucher;

import com.scenehub.support.PostgresTest;
import org.springframework.context.annotation.Import;

/** The claim races on PostgreSQL (the checks are in {@link VoucherClaimRaceChecks}). */
@PostgresTest
@Import(VoucherTestConfig.class)
class VoucherClaimRacePostgresTest extends VoucherClaimRaceChecks {
}
