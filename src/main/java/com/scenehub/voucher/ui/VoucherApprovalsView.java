package com.scenehub.voucher.ui;

import static com.scenehub.voucher.ui.VoucherUi.money;

import com.scenehub.shared.security.Roles;
import com.scenehub.voucher.AgencySummary;
import com.scenehub.voucher.FileStore;
import com.scenehub.voucher.FlagView;
import com.scenehub.voucher.RedemptionStatus;
import com.scenehub.voucher.RedemptionSummary;
import com.scenehub.voucher.VoucherOrderService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

/** Managers decide redemption claims, record payments, review integrity flags and suspend agencies. */
@Route("vouchers/approvals")
@RolesAllowed(Roles.MANAGER)
@Menu(title = "nav.voucher.approvals", order = 43, icon = "vaadin:check-square-o")
public class VoucherApprovalsView extends Div implements HasDynamicTitle {

    final Tabs tabs;
    final Tab filedTab;
    final Tab payableTab;
    final Tab allTab;
    final Tab flagsTab;
    final Tab agenciesTab;
    final Grid<RedemptionSummary> redemptions = new Grid<>();
    final Grid<FlagView> flags = new Grid<>();
    final Grid<AgencySummary> agencies = new Grid<>();
    final TextArea rejectReason = new TextArea();
    final TextField paymentReference = new TextField();
    final DatePicker paymentDate = VoucherUi.datePicker(this, "voucher.payment.date");
    Dialog dialog;
    Button confirm;
    private final Div content = new Div();
    private final transient VoucherOrderService service;
    private final transient Clock clock;

    VoucherApprovalsView(VoucherOrderService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("sh-page");
        filedTab = new Tab(getTranslation("voucher.approvals.filed"));
        payableTab = new Tab(getTranslation("voucher.approvals.payable"));
        allTab = new Tab(getTranslation("voucher.approvals.all"));
        flagsTab = new Tab(getTranslation("voucher.approvals.flags"));
        agenciesTab = new Tab(getTranslation("voucher.approvals.agencies"));
        tabs = new Tabs(filedTab, payableTab, allTab, flagsTab, agenciesTab);
        tabs.addSelectedChangeListener(e -> refresh());

        redemptions.addColumn(RedemptionSummary::agencyName).setHeader(getTranslation("voucher.agency")).setFlexGrow(2);
        redemptions.addColumn(RedemptionSummary::enterpriseName).setHeader(getTranslation("voucher.enterprise")).setFlexGrow(2);
        redemptions.addColumn(RedemptionSummary::itemTitle).setHeader(getTranslation("voucher.item")).setFlexGrow(2);
        redemptions.addColumn(r -> money(r.amount())).setHeader(getTranslation("voucher.amount")).setAutoWidth(true)
                .setFlexGrow(0);
        redemptions.addColumn(r -> VoucherUi.dateTime(r.filedAt())).setHeader(getTranslation("voucher.filed-at"))
                .setAutoWidth(true).setFlexGrow(0);
        redemptions.addComponentColumn(this::documents).setHeader(getTranslation("voucher.documents"))
                .setWidth("10em").setFlexGrow(1);
        redemptions.addComponentColumn(r -> VoucherUi.badge(this, "voucher.redemption-status." + r.status(),
                r.status() == RedemptionStatus.REJECTED ? "error" : r.status() == RedemptionStatus.FILED ? "contrast" : "success"))
                .setHeader(getTranslation("voucher.status")).setAutoWidth(true).setFlexGrow(0);
        redemptions.addColumn(r -> VoucherUi.paymentOrReason(this, r))
                .setHeader(getTranslation("voucher.payment-or-reason")).setFlexGrow(2);
        // Frozen to the end: the decision buttons stay visible however wide the other columns get.
        redemptions.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        redemptions.setEmptyStateText(getTranslation("common.empty"));
        redemptions.setAllRowsVisible(true);
        redemptions.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        flags.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        flags.setAllRowsVisible(true);
        agencies.setAllRowsVisible(true);

        flags.addColumn(f -> getTranslation("voucher.flag-kind." + f.kind())).setHeader(getTranslation("voucher.flag")).setAutoWidth(true);
        flags.addColumn(FlagView::enterpriseName).setHeader(getTranslation("voucher.enterprise")).setFlexGrow(2);
        flags.addColumn(FlagView::agencyName).setHeader(getTranslation("voucher.agency")).setFlexGrow(2);
        flags.addColumn(f -> getTranslation("voucher.flag." + f.kind(), f.arguments().toArray()))
                .setHeader(getTranslation("voucher.flag.reason")).setFlexGrow(4);
        flags.addColumn(f -> VoucherUi.dateTime(f.createdAt())).setHeader(getTranslation("voucher.placed-at"));
        flags.setEmptyStateText(getTranslation("common.empty"));

        agencies.addColumn(AgencySummary::name).setHeader(getTranslation("voucher.agency")).setFlexGrow(3);
        agencies.addColumn(AgencySummary::catalogueItems).setHeader(getTranslation("voucher.agency.items"));
        agencies.addComponentColumn(a -> VoucherUi.badge(this, a.suspended() ? "voucher.agency.suspended"
                : a.verified() ? "voucher.agency.active" : "voucher.agency.unverified", a.suspended() ? "error" : "success"))
                .setHeader(getTranslation("voucher.status"));
        agencies.addColumn(a -> a.suspensionReason() == null ? "" : a.suspensionReason())
                .setHeader(getTranslation("common.reason")).setFlexGrow(2);
        agencies.addComponentColumn(this::agencyActions).setAutoWidth(true);
        agencies.setEmptyStateText(getTranslation("common.empty"));

        add(new H2(getTranslation("nav.voucher.approvals")), tabs, content);
        refresh();
    }

    /** The three documents as links that wrap inside their cell, so that the actions stay in view. */
    private Div documents(RedemptionSummary r) {
        Div links = new Div(link("voucher.document.contract", r.contractFileId()),
                link("voucher.document.invoice", r.invoiceFileId()), link("voucher.document.delivery", r.deliveryFileId()));
        links.addClassName("sh-cell-links");
        return links;
    }

    private Anchor link(String key, Long fileId) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            FileStore.FileContent content = service.document(fileId);
            return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.name(),
                    content.contentType(), content.bytes().length);
        }), getTranslation(key));
        anchor.setTarget("_blank");
        return anchor;
    }

    private HorizontalLayout actions(RedemptionSummary r) {
        HorizontalLayout actions = new HorizontalLayout();
        if (r.status() == RedemptionStatus.FILED) {
            Button approve = new Button(getTranslation("voucher.redemption.approve"), e -> {
                VoucherUi.run(() -> service.approve(r.id()), "voucher.redemption.approved");
                refresh();
            });
            approve.setDisableOnClick(true);
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(getTranslation("voucher.redemption.reject"), e -> openReject(r));
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(approve, reject);
        } else if (r.status() == RedemptionStatus.APPROVED) {
            Button pay = new Button(getTranslation("voucher.payment.record"), e -> openPayment(r));
            pay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(pay);
        }
        return actions;
    }

    void openReject(RedemptionSummary r) {
        dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("voucher.redemption.reject-title", r.itemTitle()));
        rejectReason.setLabel(getTranslation("common.reason"));
        rejectReason.setMaxLength(1000);
        rejectReason.setWidthFull();
        rejectReason.clear();
        confirm = new Button(getTranslation("voucher.redemption.reject"), e -> {
            if (rejectReason.getValue().isBlank()) {
                rejectReason.setInvalid(true);
                rejectReason.setErrorMessage(getTranslation("error.reason-required"));
                return;
            }
            if (VoucherUi.run(() -> service.reject(r.id(), rejectReason.getValue()), "voucher.redemption.rejected")) {
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("voucher-reject-confirm");
        rejectReason.setId("voucher-reject-reason");
        dialog.add(rejectReason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void openPayment(RedemptionSummary r) {
        dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("voucher.payment.title", r.agencyName(), money(r.amount())));
        paymentReference.setLabel(getTranslation("voucher.payment.reference"));
        paymentReference.setMaxLength(100);
        paymentReference.clear();
        paymentDate.setValue(LocalDate.now(clock));
        paymentDate.setMax(LocalDate.now(clock));
        paymentDate.setInvalid(false);
        confirm = new Button(getTranslation("voucher.payment.record"), e -> {
            LocalDate date = VoucherUi.date(this, paymentDate);
            if (date == null) {
                return;
            }
            if (VoucherUi.run(() -> service.pay(r.id(), paymentReference.getValue(), date), "voucher.payment.recorded")) {
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("voucher-payment-confirm");
        paymentReference.setId("voucher-payment-reference");
        paymentDate.setId("voucher-payment-date");
        dialog.add(new HorizontalLayout(paymentReference, paymentDate));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private HorizontalLayout agencyActions(AgencySummary a) {
        HorizontalLayout actions = new HorizontalLayout();
        if (a.suspended()) {
            Button reinstate = new Button(getTranslation("voucher.agency.reinstate"), e -> {
                VoucherUi.run(() -> service.reinstateAgency(a.id()), "common.saved");
                refresh();
            });
            reinstate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(reinstate);
        } else {
            Button suspend = new Button(getTranslation("voucher.agency.suspend"), e -> openSuspend(a));
            suspend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(suspend);
        }
        return actions;
    }

    private void openSuspend(AgencySummary a) {
        dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("voucher.agency.suspend-title", a.name()));
        TextArea reason = new TextArea(getTranslation("common.reason"));
        reason.setWidthFull();
        confirm = new Button(getTranslation("voucher.agency.suspend"), e -> {
            if (VoucherUi.run(() -> service.suspendAgency(a.id(), reason.getValue()), "common.saved")) {
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void refresh() {
        content.removeAll();
        if (tabs.getSelectedTab() == flagsTab) {
            flags.setItems(service.flags());
            content.add(flags);
        } else if (tabs.getSelectedTab() == agenciesTab) {
            agencies.setItems(service.agencies());
            content.add(agencies);
        } else {
            RedemptionStatus status = tabs.getSelectedTab() == filedTab ? RedemptionStatus.FILED
                    : tabs.getSelectedTab() == payableTab ? RedemptionStatus.APPROVED : null;
            redemptions.setItems(service.redemptions(status));
            content.add(redemptions);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.voucher.approvals");
    }
}
