package com.scenehub.voucher.ui;

import static com.scenehub.voucher.ui.VoucherUi.money;

import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.ui.Toasts;
import com.scenehub.voucher.TransferView;
import com.scenehub.voucher.VoucherLedgerService;
import com.scenehub.voucher.VoucherMovements;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/** A voucher's full movement history: every ledger transfer touching it. */
final class VoucherHistoryDialog {

    private VoucherHistoryDialog() {
    }

    static Dialog open(Component owner, VoucherLedgerService ledger, Long voucherId) {
        VoucherMovements moves;
        try {
            moves = ledger.movements(voucherId);
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
            return null;
        }
        Dialog dialog = new Dialog();
        dialog.setWidth("900px");
        dialog.setHeaderTitle(owner.getTranslation("voucher.history.title", voucherId, moves.holderName()));
        Grid<TransferView> grid = new Grid<>();
        grid.addColumn(t -> VoucherUi.dateTime(t.at())).setHeader(owner.getTranslation("voucher.history.at")).setAutoWidth(true);
        grid.addColumn(t -> owner.getTranslation("voucher.reason." + t.reason())).setHeader(owner.getTranslation("voucher.history.reason"));
        grid.addColumn(t -> owner.getTranslation("voucher.account." + t.fromKind()) + " → "
                + owner.getTranslation("voucher.account." + t.toKind())).setHeader(owner.getTranslation("voucher.history.movement")).setFlexGrow(2);
        grid.addColumn(t -> money(t.amount())).setHeader(owner.getTranslation("voucher.history.amount"));
        grid.addColumn(TransferView::actor).setHeader(owner.getTranslation("voucher.history.actor"));
        grid.setItems(moves.transfers());
        grid.setAllRowsVisible(true);
        dialog.add(new Paragraph(owner.getTranslation("voucher.history.summary", money(moves.voucher().faceValue()),
                money(moves.voucher().balance()), VoucherUi.date(moves.voucher().validUntil()))), grid);
        dialog.getFooter().add(new Button(owner.getTranslation("voucher.close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }
}
