package com.scenehub.voucher;

/** Why value moved between two accounts. */
public enum TransferReason {
    ISSUE, CLAIM, RESERVE, RELEASE, REDEEM, REJECT, PAY, EXPIRE,
    /** Between two budget shards of one programme (spreading or gathering its budget). */
    ALLOCATE
}
