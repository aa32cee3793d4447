package com.scenehub.voucher;

/** An order's life from placement to payment. */
public enum OrderStatus {
    PLACED, ACCEPTED, DELIVERED, CONFIRMED, CLAIMED, REDEEMED, REJECTED, PAID, CANCELLED
}
