package com.scenehub.voucher;

/** How a voucher reached its holder: issued by a manager or claimed by the enterprise. */
public enum VoucherChannel {
    ISSUED, CLAIMED
}
