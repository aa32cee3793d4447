package com.scenehub.voucher;

/** Why value moved between two accounts. */
public enum TransferReason {
    ISSUE, CLAIM, RESERVE, RELEASE, REDEEM, REJECT, PAY, EXPIRE
}
