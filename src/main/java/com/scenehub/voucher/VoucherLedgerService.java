package com.scenehub.voucher;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the ledger: the integrity check, a voucher's movements, reports and their Excel export. */
@Service
public class VoucherLedgerService {

    private final LedgerAccountRepository accounts;
    private final LedgerTransferRepository transfers;
    private final ProgrammeRepository programmes;
    private final VoucherRepository vouchers;
    private final VoucherOrderRepository orders;
    private final OrderUseRepository uses;
    private final HistoryRepository history;
    private final YearlyCaps caps;
    private final VoucherService voucherService;
    private final OrganisationService organisations;
    private final ReferenceDataService referenceData;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;

    VoucherLedgerService(LedgerAccountRepository accounts, LedgerTransferRepository transfers,
            ProgrammeRepository programmes, VoucherRepository vouchers, VoucherOrderRepository orders,
            OrderUseRepository uses, HistoryRepository history, YearlyCaps caps, VoucherService voucherService,
            OrganisationService organisations, ReferenceDataService referenceData, AuthenticatedUser authenticatedUser,
            Clock clock) {
        this.accounts = accounts;
        this.transfers = transfers;
        this.programmes = programmes;
        this.vouchers = vouchers;
        this.orders = orders;
        this.uses = uses;
        this.history = history;
        this.caps = caps;
        this.voucherService = voucherService;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
    }

    /**
     * Re-adds every transfer and compares with the stored balances; checks that no balance is
     * negative, that each programme's accounts add up to its budget, that each voucher's account
     * belongs to it, that each live order's reservation equals its voucher amount, and that the
     * yearly cap counters equal the face value issued per enterprise and year. A programme's budget
     * is the sum of its budget shards; shards are ordinary accounts of the programme, so the sums
     * above include them.
     */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public IntegrityReport integrityCheck() {
        List<IntegrityReport.Discrepancy> found = new ArrayList<>();
        Map<Long, BigDecimal> in = sums(transfers.inflows());
        Map<Long, BigDecimal> out = sums(transfers.outflows());
        List<LedgerAccount> all = accounts.findAll();
        Map<Long, BigDecimal> programmeSums = new HashMap<>();
        Map<Long, LedgerAccount> byId = new HashMap<>();
        for (LedgerAccount account : all) {
            byId.put(account.getId(), account);
            BigDecimal expected = account.getOpeningBalance().add(in.getOrDefault(account.getId(), BigDecimal.ZERO))
                    .subtract(out.getOrDefault(account.getId(), BigDecimal.ZERO));
            if (expected.compareTo(account.getBalance()) != 0) {
                found.add(d("balance", account.getId(), account.getKind(), account.getBalance(), expected));
            }
            if (account.getBalance().signum() < 0) {
                found.add(d("negative", account.getId(), account.getKind(), account.getBalance()));
            }
            programmeSums.merge(account.getProgrammeId(), account.getBalance(), BigDecimal::add);
        }
        for (Programme programme : programmes.findAll()) {
            BigDecimal sum = programmeSums.getOrDefault(programme.getId(), BigDecimal.ZERO);
            if (sum.compareTo(programme.getTotalBudget()) != 0) {
                found.add(d("programme-sum", programme.getName(), sum, programme.getTotalBudget()));
            }
        }
        for (Voucher voucher : vouchers.findAll()) {
            LedgerAccount account = byId.get(voucher.getAccountId());
            if (account == null || account.getKind() != AccountKind.VOUCHER
                    || !account.getOwnerId().equals(voucher.getId())) {
                found.add(d("voucher-account", voucher.getId()));
            } else if (account.getBalance().compareTo(voucher.getFaceValue()) > 0) {
                found.add(d("voucher-above-face", voucher.getId(), account.getBalance(), voucher.getFaceValue()));
            }
        }
        for (VoucherOrder order : orders.findAll()) {
            LedgerAccount reservation = byId.get(order.getReservationAccountId());
            BigDecimal held = reservation == null ? BigDecimal.ZERO : reservation.getBalance();
            boolean live = Set.of(OrderStatus.PLACED, OrderStatus.ACCEPTED, OrderStatus.DELIVERED,
                    OrderStatus.CONFIRMED, OrderStatus.CLAIMED).contains(order.getStatus());
            BigDecimal expected = live ? order.getVoucherAmount() : BigDecimal.ZERO;
            if (held.compareTo(expected) != 0) {
                found.add(d("reservation", order.getId(), order.getStatus(), held, expected));
            }
            BigDecimal usedSum = uses.findByKeyOrderIdOrderByKeyVoucherId(order.getId()).stream()
                    .map(OrderUse::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (usedSum.compareTo(order.getVoucherAmount()) != 0) {
                found.add(d("order-uses", order.getId(), usedSum, order.getVoucherAmount()));
            }
        }
        Map<String, BigDecimal> counted = new HashMap<>();
        caps.all().forEach(c -> counted.put(c.getEnterpriseId() + "/" + c.getYear(), c.getIssued()));
        for (Object[] row : vouchers.issuedByHolderAndYear()) {
            String key = row[0] + "/" + row[1];
            BigDecimal issued = (BigDecimal) row[2];
            BigDecimal counter = counted.getOrDefault(key, BigDecimal.ZERO);
            if (counter.compareTo(issued) != 0) {
                found.add(d("cap-usage", key, counter, issued));
            }
            counted.remove(key);
        }
        counted.forEach((key, counter) -> {
            if (counter.signum() != 0) {
                found.add(d("cap-usage", key, counter, BigDecimal.ZERO));
            }
        });
        return new IntegrityReport(clock.instant(), all.size(), transfers.count(), List.copyOf(found));
    }

    /** Every transfer touching a voucher and its state changes; for managers and the holder. */
    @RolesAllowed({Roles.MANAGER, Roles.ENTERPRISE})
    @Transactional(readOnly = true)
    public VoucherMovements movements(Long voucherId) {
        CurrentUser user = authenticatedUser.require();
        Voucher voucher = vouchers.findById(voucherId)
                .orElseThrow(() -> new NotFoundException("error.voucher.voucher-not-found"));
        if (!user.hasRole(Roles.MANAGER) && !voucher.getHolderId().equals(user.organisationId())) {
            throw new NotFoundException("error.voucher.voucher-not-found");
        }
        Map<Long, AccountKind> kinds = new HashMap<>();
        List<TransferView> moves = transfers.ofVoucher(voucherId, voucher.getAccountId()).stream()
                .map(t -> t.view(kind(t.getFromAccountId(), kinds), kind(t.getToAccountId(), kinds))).toList();
        String holder = organisations.findSummary(voucher.getHolderId()).map(OrganisationSummary::name).orElse("");
        return new VoucherMovements(voucherService.voucherSummary(voucher,
                voucherService.find(voucher.getProgrammeId()).getName()), holder, moves,
                history.findBySubjectTypeAndSubjectIdOrderByIdAsc("VOUCHER", voucherId).stream()
                        .map(HistoryEntry::view).toList());
    }

    /** A programme's figures: totals and by category, agency and enterprise. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public VoucherReport report(Long programmeId, Locale locale) {
        Programme programme = voucherService.find(programmeId);
        Map<Long, String> names = new HashMap<>();
        Function<Long, String> name = id -> names.computeIfAbsent(id,
                k -> organisations.findSummary(k).map(OrganisationSummary::name).orElse("#" + k));
        Map<String, Acc> byCategory = new LinkedHashMap<>();
        Map<String, Acc> byAgency = new LinkedHashMap<>();
        Map<String, Acc> byEnterprise = new LinkedHashMap<>();
        Acc total = new Acc();
        List<Voucher> programmeVouchers = vouchers.findByProgrammeIdOrderByIdAsc(programmeId);
        Map<Long, Long> holderOfVoucher = new HashMap<>();
        for (Voucher v : programmeVouchers) {
            holderOfVoucher.put(v.getId(), v.getHolderId());
            byEnterprise.computeIfAbsent(String.valueOf(v.getHolderId()), k -> new Acc()).issued =
                    byEnterprise.get(String.valueOf(v.getHolderId())).issued.add(v.getFaceValue());
            total.issued = total.issued.add(v.getFaceValue());
        }
        for (VoucherOrder o : orders.findByProgrammeIdOrderByIdDesc(programmeId)) {
            List<Acc> targets = List.of(total, byCategory.computeIfAbsent(o.getCategoryCode(), k -> new Acc()),
                    byAgency.computeIfAbsent(String.valueOf(o.getAgencyId()), k -> new Acc()),
                    byEnterprise.computeIfAbsent(String.valueOf(o.getEnterpriseId()), k -> new Acc()));
            for (Acc acc : targets) {
                switch (o.getStatus()) {
                    case PLACED, ACCEPTED, DELIVERED, CONFIRMED, CLAIMED -> acc.reserved = acc.reserved.add(o.getVoucherAmount());
                    case REDEEMED -> acc.redeemed = acc.redeemed.add(o.getVoucherAmount());
                    case PAID -> {
                        acc.redeemed = acc.redeemed.add(o.getVoucherAmount());
                        acc.paid = acc.paid.add(o.getVoucherAmount());
                    }
                    default -> {
                    }
                }
            }
        }
        for (LedgerTransfer t : transfers.findAll()) {
            if (t.getReason() == TransferReason.EXPIRE && t.getVoucherId() != null
                    && holderOfVoucher.containsKey(t.getVoucherId())) {
                total.expired = total.expired.add(t.getAmount());
                String holder = String.valueOf(holderOfVoucher.get(t.getVoucherId()));
                byEnterprise.computeIfAbsent(holder, k -> new Acc()).expired =
                        byEnterprise.get(holder).expired.add(t.getAmount());
            }
        }
        List<ReportRow> categories = byCategory.entrySet().stream().map(e -> e.getValue().row(e.getKey(),
                referenceData.label(ReferenceKind.VOUCHER_CATEGORY, e.getKey(), locale))).toList();
        List<ReportRow> agencies = byAgency.entrySet().stream()
                .map(e -> e.getValue().row(e.getKey(), name.apply(Long.valueOf(e.getKey())))).toList();
        List<ReportRow> enterprises = byEnterprise.entrySet().stream()
                .map(e -> e.getValue().row(e.getKey(), name.apply(Long.valueOf(e.getKey())))).toList();
        return new VoucherReport(voucherService.summary(programme), total.row("total", programme.getName()),
                categories, agencies, enterprises);
    }

    /** The report as an Excel workbook; {@code headers} are the translated column and sheet titles. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public byte[] exportExcel(Long programmeId, Locale locale, Function<String, String> translate) {
        VoucherReport report = report(programmeId, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            sheet(workbook, translate.apply("voucher.report.by-programme"), List.of(report.total()), translate, money);
            sheet(workbook, translate.apply("voucher.report.by-category"), report.byCategory(), translate, money);
            sheet(workbook, translate.apply("voucher.report.by-agency"), report.byAgency(), translate, money);
            sheet(workbook, translate.apply("voucher.report.by-enterprise"), report.byEnterprise(), translate, money);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook workbook, String title, List<ReportRow> rows,
            Function<String, String> translate, CellStyle money) {
        Sheet sheet = workbook.createSheet(title);
        Row header = sheet.createRow(0);
        String[] keys = {"voucher.report.name", "voucher.report.issued", "voucher.report.reserved",
                "voucher.report.redeemed", "voucher.report.paid", "voucher.report.expired"};
        for (int i = 0; i < keys.length; i++) {
            header.createCell(i).setCellValue(translate.apply(keys[i]));
        }
        int r = 1;
        for (ReportRow row : rows) {
            Row line = sheet.createRow(r++);
            line.createCell(0).setCellValue(row.label());
            BigDecimal[] values = {row.issued(), row.reserved(), row.redeemed(), row.paid(), row.expired()};
            for (int i = 0; i < values.length; i++) {
                var cell = line.createCell(i + 1);
                cell.setCellValue(values[i].doubleValue());
                cell.setCellStyle(money);
            }
        }
        sheet.setColumnWidth(0, 40 * 256);
        for (int i = 1; i < keys.length; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
    }

    private AccountKind kind(Long accountId, Map<Long, AccountKind> kinds) {
        return kinds.computeIfAbsent(accountId, id -> accounts.findById(id).map(LedgerAccount::getKind).orElse(null));
    }

    private static Map<Long, BigDecimal> sums(List<Object[]> rows) {
        Map<Long, BigDecimal> result = new HashMap<>();
        rows.forEach(r -> result.put((Long) r[0], (BigDecimal) r[1]));
        return result;
    }

    private static IntegrityReport.Discrepancy d(String kind, Object... args) {
        return new IntegrityReport.Discrepancy(kind, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    private static final class Acc {
        BigDecimal issued = Money.ZERO;
        BigDecimal reserved = Money.ZERO;
        BigDecimal redeemed = Money.ZERO;
        BigDecimal paid = Money.ZERO;
        BigDecimal expired = Money.ZERO;

        ReportRow row(String key, String label) {
            return new ReportRow(key, label, issued, reserved, redeemed, paid, expired);
        }
    }
}
