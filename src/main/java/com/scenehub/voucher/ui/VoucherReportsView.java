package com.scenehub.voucher.ui;

import static com.scenehub.voucher.ui.VoucherUi.money;

import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Chart;
import com.scenehub.voucher.IntegrityReport;
import com.scenehub.voucher.ProgrammeSummary;
import com.scenehub.voucher.ReportRow;
import com.scenehub.voucher.VoucherLedgerService;
import com.scenehub.voucher.VoucherReport;
import com.scenehub.voucher.VoucherService;
import com.scenehub.voucher.VoucherSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Voucher reports (issued, reserved, redeemed, paid, expired by programme, category, agency and
 * enterprise) with charts and Excel export; the ledger integrity check; every voucher's history.
 */
@Route("vouchers/reports")
@RolesAllowed(Roles.MANAGER)
@Menu(title = "nav.voucher.reports", order = 44, icon = "vaadin:chart")
public class VoucherReportsView extends Div implements HasDynamicTitle {

    static final List<String> MEASURES = List.of("issued", "reserved", "redeemed", "paid", "expired");

    final Select<ProgrammeSummary> programme = new Select<>();
    final Div figures = new Div();
    final ChartBox programmeChart = new ChartBox("voucher.report.by-programmes");
    final ChartBox categoryChart = new ChartBox("voucher.report.by-category");
    final ChartBox agencyChart = new ChartBox("voucher.report.by-agency");
    final ChartBox enterpriseChart = new ChartBox("voucher.report.by-enterprise");
    final Grid<ReportRow> totals = new Grid<>();
    final Grid<VoucherSummary> vouchers = new Grid<>();
    final Button integrity;
    final Paragraph integrityResult = new Paragraph();
    final Div export = new Div();
    private final transient VoucherService voucherService;
    private final transient VoucherLedgerService ledger;

    VoucherReportsView(VoucherService voucherService, VoucherLedgerService ledger) {
        this.voucherService = voucherService;
        this.ledger = ledger;
        addClassName("sh-page");
        programme.setLabel(getTranslation("voucher.programme"));
        programme.setItemLabelGenerator(ProgrammeSummary::name);
        programme.addClassName("sh-report-programme");
        List<ProgrammeSummary> all = voucherService.programmes();
        programme.setItems(all);
        programme.addValueChangeListener(e -> show());
        integrity = new Button(getTranslation("voucher.integrity.run"), e -> runIntegrityCheck());
        integrity.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        integrityResult.addClassName("sh-integrity-result");

        totals.addColumn(ReportRow::label).setHeader(getTranslation("voucher.report.name")).setFlexGrow(3);
        for (String m : MEASURES) {
            totals.addColumn(r -> money(value(r, m))).setHeader(getTranslation("voucher.report." + m));
        }
        totals.setAllRowsVisible(true);

        vouchers.addColumn(VoucherSummary::id).setHeader("#").setAutoWidth(true);
        vouchers.addColumn(v -> money(v.faceValue())).setHeader(getTranslation("voucher.face-value"));
        vouchers.addColumn(v -> money(v.balance())).setHeader(getTranslation("voucher.balance"));
        vouchers.addColumn(v -> getTranslation("voucher.channel." + v.channel())).setHeader(getTranslation("voucher.channel"));
        vouchers.addColumn(v -> VoucherUi.date(v.validUntil())).setHeader(getTranslation("voucher.valid-until"));
        vouchers.addColumn(v -> getTranslation("voucher.status." + v.status())).setHeader(getTranslation("voucher.status"));
        vouchers.addComponentColumn(v -> {
            Button history = new Button(getTranslation("voucher.history"), e -> VoucherHistoryDialog.open(this, ledger, v.id()));
            history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return history;
        });
        vouchers.setHeight("360px");

        figures.addClassName("sh-voucher-charts");
        figures.add(programmeChart, categoryChart, agencyChart, enterpriseChart);
        HorizontalLayout bar = new HorizontalLayout(programme, export);
        bar.addClassName("sh-report-bar");
        add(new H2(getTranslation("nav.voucher.reports")), bar,
                totals, figures, new H3(getTranslation("voucher.integrity.title")),
                new Paragraph(getTranslation("voucher.integrity.intro")), integrity, integrityResult,
                new H3(getTranslation("voucher.report.vouchers")), vouchers);
        programmeChart.show(all.stream().map(p -> ledger.report(p.id(), getLocale()).total()).toList());
        if (!all.isEmpty()) {
            programme.setValue(all.getFirst());
        }
    }

    void show() {
        ProgrammeSummary p = programme.getValue();
        export.removeAll();
        if (p == null) {
            return;
        }
        Locale locale = getLocale();
        VoucherReport report = ledger.report(p.id(), locale);
        totals.setItems(List.of(report.total()));
        categoryChart.show(report.byCategory());
        agencyChart.show(report.byAgency());
        enterpriseChart.show(report.byEnterprise());
        vouchers.setItems(voucherService.vouchersOf(p.id()));
        Function<String, String> translate = this::getTranslation;
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = ledger.exportExcel(p.id(), locale, translate);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "vouchers-" + p.year() + "-" + p.id() + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), getTranslation("voucher.report.export"));
        download.getElement().setAttribute("download", true);
        download.addClassName("sh-link-button");
        export.add(download);
    }

    /** An ECharts stacked-bar option: one category per row, one series per measure (translated). */
    String barOption(List<ReportRow> rows) {
        String labels = rows.stream().map(r -> json(r.label())).collect(Collectors.joining(","));
        String series = MEASURES.stream().map(m -> "{\"name\":" + json(getTranslation("voucher.report." + m))
                + ",\"type\":\"bar\",\"data\":[" + rows.stream().map(r -> value(r, m).toPlainString())
                .collect(Collectors.joining(",")) + "]}").collect(Collectors.joining(","));
        return "{\"color\":[\"#2f6fdb\",\"#f0a020\",\"#16a394\",\"#3aa84a\",\"#9aa3ad\"],"
                + "\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"top\":0},\"grid\":{\"left\":8,\"right\":16,"
                + "\"bottom\":8,\"top\":40,\"containLabel\":true},\"xAxis\":{\"type\":\"category\",\"data\":[" + labels
                + "],\"axisLabel\":{\"interval\":0,\"width\":150,\"overflow\":\"truncate\"}},\"yAxis\":{\"type\":\"value\",\"axisLabel\":{\"formatter\":\"¥{value}\"}},"
                + "\"series\":[" + series + "]}";
    }

    static BigDecimal value(ReportRow row, String measure) {
        return switch (measure) {
            case "issued" -> row.issued();
            case "reserved" -> row.reserved();
            case "redeemed" -> row.redeemed();
            case "paid" -> row.paid();
            default -> row.expired();
        };
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    void runIntegrityCheck() {
        IntegrityReport report = ledger.integrityCheck();
        integrityResult.removeClassNames("sh-ok-text", "sh-error-text");
        if (report.clean()) {
            integrityResult.setText(getTranslation("voucher.integrity.clean", report.accounts(), report.transfers(),
                    VoucherUi.dateTime(report.checkedAt())));
            integrityResult.addClassName("sh-ok-text");
        } else {
            integrityResult.setText(getTranslation("voucher.integrity.found", report.discrepancies().size()) + " "
                    + report.discrepancies().stream().map(d -> getTranslation("voucher.integrity." + d.kind(),
                            d.arguments().toArray())).collect(Collectors.joining("; ")));
            integrityResult.addClassName("sh-error-text");
        }
    }

    /** A titled chart of report rows (one group of bars per row), or a note when there is nothing to show. */
    final class ChartBox extends Div {

        final Chart chart = new Chart();
        final Paragraph empty = new Paragraph();

        ChartBox(String key) {
            addClassName("sh-chart-box");
            empty.setText(getTranslation("voucher.report.no-figures"));
            empty.addClassName("sh-chart-empty");
            add(new H3(getTranslation(key)), chart, empty);
        }

        void show(List<ReportRow> rows) {
            boolean any = rows.stream().anyMatch(r -> MEASURES.stream().anyMatch(m -> value(r, m).signum() != 0));
            chart.setVisible(any);
            empty.setVisible(!any);
            chart.setOption(any ? barOption(rows) : "");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.voucher.reports");
    }
}
