package com.scenehub.voucher.ui;

import static com.scenehub.voucher.ui.VoucherUi.money;

import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.scenehub.voucher.CatalogueItemForm;
import com.scenehub.voucher.CatalogueItemSummary;
import com.scenehub.voucher.FileStore;
import com.scenehub.voucher.OrderStatus;
import com.scenehub.voucher.OrderSummary;
import com.scenehub.voucher.RedemptionSummary;
import com.scenehub.voucher.VoucherOrderService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;

/** The agency's voucher work: its catalogue, orders to accept and deliver, redemption claims and payments. */
@Route("vouchers/agency")
@RolesAllowed(Roles.AGENCY)
@Menu(title = "nav.voucher.agency", order = 41, icon = "vaadin:briefcase")
public class AgencyVoucherView extends Div implements HasDynamicTitle {

    final Tabs tabs;
    final Tab catalogueTab;
    final Tab ordersTab;
    final Tab redemptionsTab;
    final Grid<CatalogueItemSummary> catalogue = new Grid<>();
    final Grid<OrderSummary> orders = new Grid<>();
    final Grid<RedemptionSummary> redemptions = new Grid<>();
    final Button addItem;
    // The item form (package-private for browserless tests).
    final ComboBox<String> category = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final BigDecimalField listPrice = VoucherUi.moneyField(this, "voucher.list-price");
    final IntegerField deliveryDays = new IntegerField();
    final Button saveItem = new Button();
    Dialog redemptionDialog;
    Dialog itemDialog;
    DocumentUpload contract;
    DocumentUpload invoice;
    DocumentUpload delivery;
    Button fileButton;
    private final Div content = new Div();
    private final transient VoucherOrderService service;
    private final transient ReferenceDataService referenceData;
    private final transient FileStore files;
    private String itemKey = VoucherUi.key();

    AgencyVoucherView(VoucherOrderService service, ReferenceDataService referenceData, FileStore files) {
        this.service = service;
        this.referenceData = referenceData;
        this.files = files;
        addClassName("sh-page");
        catalogueTab = new Tab(getTranslation("voucher.agency.catalogue"));
        ordersTab = new Tab(getTranslation("voucher.agency.orders"));
        redemptionsTab = new Tab(getTranslation("voucher.agency.redemptions"));
        tabs = new Tabs(ordersTab, catalogueTab, redemptionsTab);
        tabs.addSelectedChangeListener(e -> show());

        catalogue.addColumn(i -> categoryLabel(i.categoryCode())).setHeader(getTranslation("voucher.category")).setAutoWidth(true);
        catalogue.addColumn(CatalogueItemSummary::title).setHeader(getTranslation("voucher.item")).setFlexGrow(2);
        catalogue.addColumn(i -> money(i.listPrice())).setHeader(getTranslation("voucher.list-price"));
        catalogue.addColumn(i -> getTranslation("voucher.delivery-days-value", i.deliveryDays()))
                .setHeader(getTranslation("voucher.delivery-days"));
        catalogue.addComponentColumn(i -> VoucherUi.badge(this, i.active() ? "voucher.item.active" : "voucher.item.inactive",
                i.active() ? "success" : "contrast")).setHeader(getTranslation("voucher.status"));
        catalogue.addComponentColumn(i -> {
            Button toggle = new Button(getTranslation(i.active() ? "voucher.item.deactivate" : "voucher.item.activate"),
                    e -> {
                        VoucherUi.run(() -> service.updateItem(i.id(), new CatalogueItemForm(i.categoryCode(), i.title(),
                                i.description(), i.listPrice(), i.deliveryDays()), !i.active()), "common.saved");
                        refresh();
                    });
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return toggle;
        });
        catalogue.setEmptyStateText(getTranslation("common.empty"));
        catalogue.setAllRowsVisible(true);
        orders.setAllRowsVisible(true);
        redemptions.setAllRowsVisible(true);
        orders.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        redemptions.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        addItem = new Button(getTranslation("voucher.item.add"), e -> openItemForm());
        addItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addItem.setId("voucher-item-add");
        addItem.addClassName("sh-toolbar-button");
        category.setId("voucher-item-category");
        title.setId("voucher-item-title");
        description.setId("voucher-item-description");
        listPrice.setId("voucher-item-price");
        deliveryDays.setId("voucher-item-days");
        saveItem.setId("voucher-item-save");
        saveItem.addClickListener(e -> {
            if (saveItem() && itemDialog != null) {
                itemDialog.close();
            }
        });

        orders.addColumn(OrderSummary::itemTitle).setHeader(getTranslation("voucher.item")).setFlexGrow(2);
        orders.addColumn(OrderSummary::enterpriseName).setHeader(getTranslation("voucher.enterprise")).setFlexGrow(2);
        orders.addColumn(o -> money(o.price())).setHeader(getTranslation("voucher.price")).setAutoWidth(true).setFlexGrow(0);
        orders.addColumn(o -> money(o.voucherAmount())).setHeader(getTranslation("voucher.voucher-amount"))
                .setAutoWidth(true).setFlexGrow(0);
        orders.addColumn(o -> VoucherUi.dateTime(o.placedAt())).setHeader(getTranslation("voucher.placed-at"))
                .setAutoWidth(true).setFlexGrow(0);
        orders.addComponentColumn(o -> VoucherUi.badge(this, "voucher.order-status." + o.status(),
                MyVouchersView.theme(o.status()))).setHeader(getTranslation("voucher.status"));
        orders.addComponentColumn(this::orderActions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        orders.setEmptyStateText(getTranslation("voucher.orders.none"));

        redemptions.addColumn(RedemptionSummary::itemTitle).setHeader(getTranslation("voucher.item")).setFlexGrow(2);
        redemptions.addColumn(RedemptionSummary::enterpriseName).setHeader(getTranslation("voucher.enterprise")).setFlexGrow(2);
        redemptions.addColumn(r -> money(r.amount())).setHeader(getTranslation("voucher.amount")).setAutoWidth(true)
                .setFlexGrow(0);
        redemptions.addColumn(r -> VoucherUi.dateTime(r.filedAt())).setHeader(getTranslation("voucher.filed-at"))
                .setAutoWidth(true).setFlexGrow(0);
        redemptions.addComponentColumn(r -> VoucherUi.badge(this, "voucher.redemption-status." + r.status(),
                switch (r.status()) {
                    case PAID, APPROVED -> "success";
                    case REJECTED -> "error";
                    case FILED -> "contrast";
                })).setHeader(getTranslation("voucher.status")).setAutoWidth(true).setFlexGrow(0);
        redemptions.addColumn(r -> VoucherUi.paymentOrReason(this, r))
                .setHeader(getTranslation("voucher.payment-or-reason")).setFlexGrow(2);
        redemptions.setEmptyStateText(getTranslation("common.empty"));

        add(new H2(getTranslation("nav.voucher.agency")), tabs, content);
        refresh();
        show();
    }

    private String categoryLabel(String code) {
        return referenceData.label(ReferenceKind.VOUCHER_CATEGORY, code, getLocale());
    }

    private void show() {
        content.removeAll();
        if (tabs.getSelectedTab() == catalogueTab) {
            content.add(addItem, catalogue);
        } else if (tabs.getSelectedTab() == redemptionsTab) {
            content.add(new Paragraph(getTranslation("voucher.agency.redemptions-intro")), redemptions);
        } else {
            content.add(orders);
        }
    }

    private HorizontalLayout orderActions(OrderSummary o) {
        HorizontalLayout actions = new HorizontalLayout();
        if (o.status() == OrderStatus.PLACED) {
            actions.add(small(getTranslation("voucher.order.accept"), ButtonVariant.LUMO_PRIMARY,
                    () -> VoucherUi.run(() -> service.acceptOrder(o.id()), "voucher.order.accepted")));
            actions.add(small(getTranslation("voucher.order.decline"), ButtonVariant.LUMO_ERROR,
                    () -> VoucherUi.run(() -> service.cancelOrder(o.id(), getTranslation("voucher.order.declined-note")),
                            "voucher.order.cancelled")));
        }
        if (o.status() == OrderStatus.ACCEPTED) {
            actions.add(small(getTranslation("voucher.order.deliver"), ButtonVariant.LUMO_PRIMARY,
                    () -> VoucherUi.run(() -> service.deliverOrder(o.id()), "voucher.order.delivered")));
        }
        if (o.status() == OrderStatus.CONFIRMED) {
            Button file = new Button(getTranslation("voucher.redemption.file"), e -> openRedemption(o));
            file.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(file);
        }
        if (o.status() == OrderStatus.REJECTED) {
            Button refile = new Button(getTranslation("voucher.redemption.refile"), e -> openRedemption(o));
            refile.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(refile);
        }
        return actions;
    }

    private Button small(String text, ButtonVariant variant, Runnable action) {
        Button button = new Button(text, e -> {
            action.run();
            refresh();
        });
        button.setDisableOnClick(true);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
        return button;
    }

    void openItemForm() {
        Dialog dialog = new Dialog();
        itemDialog = dialog;
        dialog.setHeaderTitle(getTranslation("voucher.item.add"));
        category.setLabel(getTranslation("voucher.category"));
        category.setItems(referenceData.active(ReferenceKind.VOUCHER_CATEGORY).stream().map(e -> e.code()).toList());
        category.setItemLabelGenerator(this::categoryLabel);
        title.setLabel(getTranslation("voucher.item"));
        title.setMaxLength(200);
        description.setLabel(getTranslation("voucher.description"));
        description.setMaxLength(2000);
        deliveryDays.setLabel(getTranslation("voucher.delivery-days"));
        deliveryDays.setMin(1);
        saveItem.setText(getTranslation("common.save"));
        saveItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(category, title, description, listPrice, deliveryDays);
        form.setColspan(description, 2);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), saveItem);
        dialog.open();
    }

    /** Saves the item form; on a refusal keeps what was typed. */
    boolean saveItem() {
        BigDecimal price = VoucherUi.positive(this, listPrice);
        if (price == null) {
            return false;
        }
        Integer days = deliveryDays.getValue();
        CatalogueItemSummary saved = VoucherUi.attempt(() -> service.addItem(new CatalogueItemForm(category.getValue(),
                title.getValue(), description.getValue(), price, days == null ? 0 : days), itemKey), "common.saved");
        if (saved != null) {
            itemKey = VoucherUi.key();
            category.clear();
            title.clear();
            description.clear();
            listPrice.clear();
            deliveryDays.clear();
            refresh();
            return true;
        }
        return false;
    }

    void openRedemption(OrderSummary o) {
        redemptionDialog = new Dialog();
        redemptionDialog.setHeaderTitle(getTranslation("voucher.redemption.title", o.itemTitle(), money(o.voucherAmount())));
        contract = new DocumentUpload(getTranslation("voucher.document.contract"), files);
        invoice = new DocumentUpload(getTranslation("voucher.document.invoice"), files);
        delivery = new DocumentUpload(getTranslation("voucher.document.delivery"), files);
        contract.setId("voucher-doc-contract");
        invoice.setId("voucher-doc-invoice");
        delivery.setId("voucher-doc-delivery");
        fileButton = new Button(getTranslation("voucher.redemption.file"));
        fileButton.setId("voucher-redemption-file");
        fileButton.setDisableOnClick(true);
        fileButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fileButton.addClickListener(e -> {
            if (contract.fileId() == null || invoice.fileId() == null || delivery.fileId() == null) {
                Toasts.errorKey("error.voucher.document-required");
                fileButton.setEnabled(true);
                return;
            }
            if (VoucherUi.run(() -> service.fileRedemption(o.id(), contract.fileId(), invoice.fileId(), delivery.fileId()),
                    "voucher.redemption.filed")) {
                redemptionDialog.close();
                refresh();
            } else {
                fileButton.setEnabled(true);
            }
        });
        redemptionDialog.add(contract, invoice, delivery);
        redemptionDialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> redemptionDialog.close()),
                fileButton);
        redemptionDialog.open();
    }

    void refresh() {
        catalogue.setItems(service.myCatalogue());
        orders.setItems(service.agencyOrders());
        redemptions.setItems(service.myRedemptions());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.voucher.agency");
    }
}
