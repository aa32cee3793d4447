package com.scenehub.voucher.ui;

import static com.scenehub.voucher.ui.VoucherUi.money;

import com.scenehub.shared.security.Roles;
import com.scenehub.voucher.FileStore;
import com.scenehub.voucher.OrderStatus;
import com.scenehub.voucher.OrderSummary;
import com.scenehub.voucher.ProgrammeSummary;
import com.scenehub.voucher.VoucherLedgerService;
import com.scenehub.voucher.VoucherOrderService;
import com.scenehub.voucher.VoucherService;
import com.scenehub.voucher.VoucherStatus;
import com.scenehub.voucher.VoucherSummary;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The enterprise's vouchers: balances and deadlines, claiming from open programmes, and its orders. */
@Route("vouchers/mine")
@RolesAllowed(Roles.ENTERPRISE)
@Menu(title = "nav.voucher.mine", order = 40, icon = "vaadin:ticket")
public class MyVouchersView extends Div implements HasDynamicTitle {

    final Div programmes = new Div();
    final Grid<VoucherSummary> vouchers = new Grid<>();
    final Grid<OrderSummary> orders = new Grid<>();
    final Map<Long, Button> claimButtons = new HashMap<>();
    final Map<Long, Select<BigDecimal>> faceValues = new HashMap<>();
    private final transient VoucherService voucherService;
    private final transient VoucherOrderService orderService;
    private final transient VoucherLedgerService ledger;
    private final transient FileStore files;
    private final transient ReferenceDataService referenceData;
    private final transient Clock clock;

    MyVouchersView(VoucherService voucherService, VoucherOrderService orderService, VoucherLedgerService ledger,
            FileStore files, ReferenceDataService referenceData, Clock clock) {
        this.voucherService = voucherService;
        this.orderService = orderService;
        this.ledger = ledger;
        this.files = files;
        this.referenceData = referenceData;
        this.clock = clock;
        addClassName("sh-page");
        addClassName("sh-vouchers");
        RouterLink catalogue = new RouterLink(getTranslation("voucher.catalogue.browse"), VoucherCatalogueView.class);
        catalogue.addClassName("sh-link-button");
        add(new H2(getTranslation("nav.voucher.mine")), new Paragraph(getTranslation("voucher.mine.intro")));
        programmes.addClassName("sh-voucher-cards");
        add(new H3(getTranslation("voucher.claim.title")), programmes);

        vouchers.addColumn(VoucherSummary::programmeName).setHeader(getTranslation("voucher.programme"))
                .setAutoWidth(true).setFlexGrow(2);
        vouchers.addColumn(v -> money(v.faceValue())).setHeader(getTranslation("voucher.face-value"));
        vouchers.addColumn(v -> money(v.balance())).setHeader(getTranslation("voucher.balance"));
        vouchers.addColumn(v -> VoucherUi.date(v.validUntil())).setHeader(getTranslation("voucher.valid-until"));
        vouchers.addComponentColumn(this::deadlineBadge).setHeader(getTranslation("voucher.status"));
        vouchers.addComponentColumn(v -> {
            Button history = new Button(getTranslation("voucher.history"), e -> VoucherHistoryDialog.open(this, ledger, v.id()));
            history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return history;
        }).setAutoWidth(true);
        vouchers.setEmptyStateText(getTranslation("voucher.mine.none"));
        vouchers.setAllRowsVisible(true);
        add(new H3(getTranslation("voucher.mine.vouchers")), vouchers);

        orders.addColumn(OrderSummary::itemTitle).setHeader(getTranslation("voucher.item")).setFlexGrow(2);
        orders.addColumn(OrderSummary::agencyName).setHeader(getTranslation("voucher.agency")).setFlexGrow(2);
        orders.addColumn(o -> money(o.price())).setHeader(getTranslation("voucher.price"));
        orders.addColumn(o -> money(o.voucherAmount())).setHeader(getTranslation("voucher.voucher-amount"));
        orders.addColumn(o -> money(o.ownShare())).setHeader(getTranslation("voucher.own-share"));
        orders.addComponentColumn(o -> VoucherUi.badge(this, "voucher.order-status." + o.status(), theme(o.status())))
                .setHeader(getTranslation("voucher.status"));
        orders.addComponentColumn(this::orderActions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        orders.setEmptyStateText(getTranslation("voucher.orders.none"));
        orders.setAllRowsVisible(true);
        add(new HorizontalLayout(new H3(getTranslation("voucher.mine.orders")), catalogue), orders);
        refresh();
    }

    static String theme(OrderStatus status) {
        return switch (status) {
            case PAID, REDEEMED -> "success";
            case CANCELLED, REJECTED -> "error";
            case PLACED -> "contrast";
            default -> "";
        };
    }

    private Span deadlineBadge(VoucherSummary v) {
        if (v.status() == VoucherStatus.EXPIRED || LocalDate.now(clock).isAfter(v.validUntil())) {
            return VoucherUi.badge(this, "voucher.status.EXPIRED", "error");
        }
        if (v.balance().signum() == 0) {
            return VoucherUi.badge(this, "voucher.status.USED", "contrast");
        }
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), v.validUntil());
        Span badge = new Span(getTranslation("voucher.days-left", days));
        badge.getElement().getThemeList().add(days <= 30 ? "badge error" : "badge success");
        return badge;
    }

    private HorizontalLayout orderActions(OrderSummary o) {
        HorizontalLayout actions = new HorizontalLayout();
        if (o.status() == OrderStatus.PLACED || o.status() == OrderStatus.ACCEPTED) {
            Button cancel = new Button(getTranslation("voucher.order.cancel"), e -> openCancel(o));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        if (o.status() == OrderStatus.DELIVERED) {
            Button confirm = new Button(getTranslation("voucher.order.confirm"), e -> openConfirm(o));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(confirm);
        }
        if (o.note() != null && (o.status() == OrderStatus.REJECTED || o.status() == OrderStatus.CANCELLED)) {
            actions.add(new Span(o.note()));
        }
        return actions;
    }

    private void openCancel(OrderSummary o) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("voucher.order.cancel-title", o.itemTitle()));
        TextArea reason = new TextArea(getTranslation("common.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("voucher.order.cancel"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.reason-required"));
                return;
            }
            if (VoucherUi.run(() -> orderService.cancelOrder(o.id(), reason.getValue()), "voucher.order.cancelled")) {
                dialog.close();
                refresh();
            }
        });
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void openConfirm(OrderSummary o) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("voucher.order.confirm-title", o.itemTitle()));
        DocumentUpload proof = new DocumentUpload(getTranslation("voucher.document.payment-proof",
                money(o.ownShare())), files);
        Button confirm = new Button(getTranslation("voucher.order.confirm"), e -> {
            if (proof.fileId() == null) {
                com.scenehub.shared.ui.Toasts.errorKey("error.voucher.document-required");
                e.getSource().setEnabled(true);
                return;
            }
            if (VoucherUi.run(() -> orderService.confirmDelivery(o.id(), proof.fileId()), "voucher.order.confirmed")) {
                dialog.close();
                refresh();
            } else {
                e.getSource().setEnabled(true);
            }
        });
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("voucher-order-confirm");
        proof.setId("voucher-doc-proof");
        dialog.add(new Paragraph(getTranslation("voucher.order.confirm-help")), proof);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void refresh() {
        programmes.removeAll();
        claimButtons.clear();
        faceValues.clear();
        List<ProgrammeSummary> open = voucherService.claimable();
        if (open.isEmpty()) {
            programmes.add(new Paragraph(getTranslation("voucher.claim.none")));
        }
        for (ProgrammeSummary p : open) {
            programmes.add(claimCard(p));
        }
        vouchers.setItems(voucherService.myVouchers());
        orders.setItems(orderService.myOrders());
    }

    private Div claimCard(ProgrammeSummary p) {
        Div card = new Div();
        card.addClassName("sh-voucher-card");
        BigDecimal remaining = voucherService.remainingCap(p.id());
        // Each category with its own coverage ratio (programmes may set them differently), in the
        // reference list's order, as managers see them in the programme form.
        String categories = String.join(getTranslation("common.list-separator"),
                referenceData.entries(ReferenceKind.VOUCHER_CATEGORY).stream()
                        .filter(c -> p.coverage().containsKey(c.code()))
                        .map(c -> getTranslation("voucher.claim.category-coverage",
                                referenceData.label(ReferenceKind.VOUCHER_CATEGORY, c.code(), getLocale()),
                                VoucherUi.percent(p.coverage().get(c.code()))))
                        .toList());
        card.add(new H3(p.name()),
                new Paragraph(getTranslation("voucher.claim.available", money(p.available()))),
                new Paragraph(getTranslation("voucher.claim.cap", money(remaining), money(p.enterpriseCap()))),
                new Paragraph(getTranslation("voucher.claim.window", VoucherUi.date(p.claimOpens()),
                        VoucherUi.date(p.claimCloses()), VoucherUi.date(p.useDeadline()))),
                new Paragraph(getTranslation("voucher.claim.categories", categories)));
        Select<BigDecimal> face = new Select<>();
        face.setLabel(getTranslation("voucher.face-value"));
        face.setItems(p.faceValues());
        face.setItemLabelGenerator(VoucherUi::money);
        face.setValue(p.faceValues().getFirst());
        String[] requestKey = {VoucherUi.key()};
        Button claim = new Button(getTranslation("voucher.claim.button"));
        claim.setDisableOnClick(true);
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        claim.addClickListener(e -> {
            VoucherSummary v = VoucherUi.attempt(() -> voucherService.claim(p.id(), face.getValue(), requestKey[0]),
                    "voucher.claim.done", money(face.getValue()));
            requestKey[0] = VoucherUi.key();
            if (v != null) {
                refresh();
            } else {
                claim.setEnabled(true);
            }
        });
        claimButtons.put(p.id(), claim);
        faceValues.put(p.id(), face);
        HorizontalLayout row = new HorizontalLayout(face, claim);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        card.add(row);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.voucher.mine");
    }
}
