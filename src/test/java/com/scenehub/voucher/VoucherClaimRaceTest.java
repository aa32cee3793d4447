package com.scenehub.voucher;

import com.scenehub.support.SceneHubTest;
import org.springframework.context.annotation.Import;

/** The claim races on H2 (the checks are in {@link VoucherClaimRaceChecks}). */
@SceneHubTest
@Import(VoucherTestConfig.class)
class VoucherClaimRaceTest extends VoucherClaimRaceChecks {
}
