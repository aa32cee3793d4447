package com.scenehub.voucher;

import java.util.List;

/** A voucher's full movement history: every transfer touching it and its state changes. */
public record VoucherMovements(VoucherSummary voucher, String holderName, List<TransferView> transfers,
        List<HistoryView> history) {
}
