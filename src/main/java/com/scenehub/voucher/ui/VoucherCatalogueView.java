package com.scenehub.voucher.ui;

import static com.scenehub.voucher.ui.VoucherUi.money;

import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.security.Roles;
import com.scenehub.voucher.CatalogueItemSummary;
import com.scenehub.voucher.OrderSummary;
import com.scenehub.voucher.ProgrammeStatus;
import com.scenehub.voucher.ProgrammeSummary;
import com.scenehub.voucher.VoucherOrderService;
import com.scenehub.voucher.VoucherService;
import com.scenehub.voucher.VoucherSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The agencies' catalogue; the enterprise orders a service and applies its vouchers. */
@Route("vouchers/catalogue")
@RolesAllowed(Roles.ENTERPRISE)
public class VoucherCatalogueView extends Div implements HasDynamicTitle {

    final Grid<CatalogueItemSummary> grid = new Grid<>();
    final ComboBox<String> category = new ComboBox<>();
    Dialog orderDialog;
    Select<ProgrammeSummary> programme;
    BigDecimalField price;
    BigDecimalField voucherAmount;
    Button place;
    private final transient VoucherService vouchers;
    private final transient VoucherOrderService orders;
    private final transient ReferenceDataService referenceData;

    VoucherCatalogueView(VoucherService vouchers, VoucherOrderService orders, ReferenceDataService referenceData) {
        this.vouchers = vouchers;
        this.orders = orders;
        this.referenceData = referenceData;
        addClassName("sh-page");
        category.setLabel(getTranslation("voucher.category"));
        category.setItems(referenceData.active(ReferenceKind.VOUCHER_CATEGORY).stream().map(e -> e.code()).toList());
        category.setItemLabelGenerator(this::categoryLabel);
        category.setClearButtonVisible(true);
        category.addValueChangeListener(e -> refresh());
        grid.addColumn(i -> categoryLabel(i.categoryCode())).setHeader(getTranslation("voucher.category")).setFlexGrow(2);
        grid.addColumn(CatalogueItemSummary::title).setHeader(getTranslation("voucher.item")).setFlexGrow(2);
        grid.addColumn(CatalogueItemSummary::description).setHeader(getTranslation("voucher.description")).setFlexGrow(5);
        grid.addColumn(CatalogueItemSummary::agencyName).setHeader(getTranslation("voucher.agency")).setFlexGrow(2);
        grid.addColumn(i -> money(i.listPrice())).setHeader(getTranslation("voucher.list-price"));
        grid.addColumn(i -> getTranslation("voucher.delivery-days-value", i.deliveryDays()))
                .setHeader(getTranslation("voucher.delivery-days"));
        grid.addComponentColumn(i -> {
            Button order = new Button(getTranslation("voucher.order.place"), e -> openOrder(i));
            order.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return order;
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("common.empty"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2(getTranslation("voucher.catalogue.title")), new Paragraph(getTranslation("voucher.catalogue.intro")),
                category, grid);
        refresh();
    }

    private String categoryLabel(String code) {
        return referenceData.label(ReferenceKind.VOUCHER_CATEGORY, code, getLocale());
    }

    void refresh() {
        List<CatalogueItemSummary> items = orders.catalogue();
        if (category.getValue() != null) {
            items = items.stream().filter(i -> i.categoryCode().equals(category.getValue())).toList();
        }
        grid.setItems(items);
    }

    void openOrder(CatalogueItemSummary item) {
        List<VoucherSummary> mine = vouchers.myVouchers();
        List<ProgrammeSummary> usable = vouchers.programmes().stream()
                .filter(p -> p.status() != ProgrammeStatus.CLOSED && p.coverage().containsKey(item.categoryCode()))
                .filter(p -> mine.stream().anyMatch(v -> v.programmeId().equals(p.id()) && v.balance().signum() > 0))
                .toList();
        orderDialog = new Dialog();
        orderDialog.setHeaderTitle(getTranslation("voucher.order.title", item.title()));
        if (usable.isEmpty()) {
            orderDialog.add(new Paragraph(getTranslation("voucher.order.no-vouchers")));
            orderDialog.getFooter().add(new Button(getTranslation("voucher.close"), e -> orderDialog.close()));
            orderDialog.open();
            return;
        }
        programme = new Select<>();
        programme.setLabel(getTranslation("voucher.programme"));
        programme.setItems(usable);
        programme.setItemLabelGenerator(p -> p.name() + " · " + getTranslation("voucher.balance") + " "
                + money(balance(mine, p)));
        programme.setValue(usable.getFirst());
        price = VoucherUi.moneyField(this, "voucher.price");
        price.setValue(item.listPrice());
        price.setHelperText(getTranslation("voucher.order.price-help", money(item.listPrice())));
        voucherAmount = VoucherUi.moneyField(this, "voucher.voucher-amount");
        Paragraph hint = new Paragraph();
        Runnable suggest = () -> {
            ProgrammeSummary p = programme.getValue();
            BigDecimal agreed = price.getValue();
            if (p == null || agreed == null || agreed.signum() <= 0) {
                return;
            }
            BigDecimal max = agreed.multiply(p.coverage().get(item.categoryCode())).setScale(2, RoundingMode.DOWN);
            voucherAmount.setHelperText(getTranslation("voucher.order.amount-help", money(max),
                    VoucherUi.percent(p.coverage().get(item.categoryCode())), money(balance(mine, p))));
            if (voucherAmount.isEmpty()) {
                voucherAmount.setValue(max.min(balance(mine, p)));
            }
        };
        programme.addValueChangeListener(e -> suggest.run());
        price.addValueChangeListener(e -> suggest.run());
        suggest.run();
        String[] requestKey = {VoucherUi.key()};
        place = new Button(getTranslation("voucher.order.place"));
        place.setDisableOnClick(true);
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        place.setId("voucher-order-place");
        price.setId("voucher-order-price");
        voucherAmount.setId("voucher-order-amount");
        place.addClickListener(e -> {
            BigDecimal agreed = VoucherUi.positive(this, price);
            BigDecimal amount = VoucherUi.positive(this, voucherAmount);
            if (agreed == null || amount == null) {
                place.setEnabled(true);
                return;
            }
            OrderSummary placed = VoucherUi.attempt(() -> orders.placeOrder(programme.getValue().id(), item.id(),
                    agreed, amount, requestKey[0]), "voucher.order.placed");
            if (placed != null) {
                orderDialog.close();
                getUI().ifPresent(ui -> ui.navigate(MyVouchersView.class));
            } else {
                place.setEnabled(true);
            }
        });
        FormLayout form = new FormLayout(programme, price, voucherAmount);
        orderDialog.add(new Paragraph(item.agencyName() + " · " + categoryLabel(item.categoryCode())), form);
        orderDialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> orderDialog.close()), place);
        orderDialog.open();
    }

    private static BigDecimal balance(List<VoucherSummary> mine, ProgrammeSummary p) {
        return mine.stream().filter(v -> v.programmeId().equals(p.id())).map(VoucherSummary::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("voucher.catalogue.title");
    }
}
