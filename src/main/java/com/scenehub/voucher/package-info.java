/**
 * Innovation vouchers (DESIGN §7): programmes, issue and claim, spending at agencies, redemption and
 * payment, carried by a double-entry ledger whose accounts never go below zero and always add up to
 * the programme's budget.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Innovation vouchers")
package com.scenehub.voucher;
