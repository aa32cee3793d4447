package com.scenehub.voucher;

import com.scenehub.security.AccountService;
import com.scenehub.security.AccountSummary;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.spi.DemoDataContribution;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo zone's vouchers: the 2026 programme, vouchers for the demo enterprises, the catalogue of
 * 玉溪展弘科技孵化有限公司 and orders in different states, each made through the services as the
 * demo account that would do it.
 */
@Component
class VoucherDemoData implements DemoDataContribution {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    private final VoucherService vouchers;
    private final VoucherOrderService orders;
    private final FileStore files;
    private final AccountService accounts;
    private final Clock clock;

    VoucherDemoData(VoucherService vouchers, VoucherOrderService orders, FileStore files, AccountService accounts,
            Clock clock) {
        this.vouchers = vouchers;
        this.orders = orders;
        this.files = files;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        try {
            loadVouchers();
        } catch (RuntimeException e) {
            // Demo data must never stop the application from starting.
            LoggerFactory.getLogger(VoucherDemoData.class).warn("Voucher demo data not loaded", e);
        }
    }

    private void loadVouchers() {
        int year = LocalDate.now(clock).getYear();
        Map<String, BigDecimal> coverage = new TreeMap<>();
        for (String c : List.of("PATENT", "HIGH_TECH_APPLICATION", "RD_DESIGN", "INCUBATION", "TESTING")) {
            coverage.put(c, new BigDecimal("0.50"));
        }
        coverage.put("TESTING", new BigDecimal("0.60"));
        LocalDate today = LocalDate.now(clock);
        ProgrammeForm form = new ProgrammeForm(year, year + "年度玉溪高新区科技创新券", new BigDecimal("5000000"),
                ProgrammeForm.DEFAULT_CAP, List.of(new BigDecimal("10000"), new BigDecimal("20000"),
                new BigDecimal("50000")), coverage, LocalDate.of(year, 1, 5), today.plusDays(18),
                today.plusDays(34), today.plusDays(94));
        ProgrammeSummary programme = as("manager", () -> {
            ProgrammeSummary p = vouchers.createProgramme(form, "demo-programme-" + year);
            return vouchers.openProgramme(p.id());
        });

        List<CatalogueItemSummary> items = as("agency", () -> List.of(
                item("PATENT", "发明专利申请代理", "技术交底、检索分析、撰写与提交发明专利申请，含一次答复审查意见。", 8000, 90),
                item("HIGH_TECH_APPLICATION", "高新技术企业认定辅导", "知识产权梳理、研发费用归集、申报材料编制与现场答辩辅导。", 30000, 60),
                item("RD_DESIGN", "产品工业设计与结构优化", "外观与结构设计、三维建模、样机评审，交付设计图纸与报告。", 60000, 45),
                item("INCUBATION", "创业孵化入驻服务（一年）", "孵化场地、创业导师、投融资对接与政策申报服务。", 24000, 365),
                item("TESTING", "材料与产品检验检测", "依据国家标准开展性能检测，出具带 CMA 标识的检测报告。", 12000, 20)));

        Long walvax = organisationOf("enterprise");
        Long zhengcheng = organisationOf("enterprise2");
        as("manager", () -> vouchers.issue(programme.id(), List.of(walvax), new BigDecimal("50000"), "demo-issue-1"));
        as("manager", () -> vouchers.issue(programme.id(), List.of(zhengcheng), new BigDecimal("20000"),
                "demo-issue-2"));
        as("enterprise3", () -> vouchers.claim(programme.id(), new BigDecimal("20000"), "demo-claim-3"));

        // 沃森: a high-tech application taken all the way to payment, and a patent order just accepted.
        OrderSummary paid = as("enterprise", () -> orders.placeOrder(programme.id(), items.get(1).id(),
                new BigDecimal("30000"), new BigDecimal("15000"), "demo-order-1"));
        as("agency", () -> orders.acceptOrder(paid.id()));
        as("agency", () -> orders.deliverOrder(paid.id()));
        as("enterprise", () -> orders.confirmDelivery(paid.id(), files.store("付款凭证.pdf", PDF)));
        RedemptionSummary redemption = as("agency", () -> orders.fileRedemption(paid.id(),
                files.store("服务合同.pdf", PDF), files.store("发票.pdf", PDF), files.store("交付确认单.pdf", PDF)));
        as("manager", () -> orders.approve(redemption.id()));
        as("manager", () -> orders.pay(redemption.id(), "YXHZ-" + year + "-0001", today));
        OrderSummary accepted = as("enterprise", () -> orders.placeOrder(programme.id(), items.get(0).id(),
                new BigDecimal("8000"), new BigDecimal("4000"), "demo-order-2"));
        as("agency", () -> orders.acceptOrder(accepted.id()));

        // 正成工: a testing order waiting for the agency.
        as("enterprise2", () -> orders.placeOrder(programme.id(), items.get(4).id(), new BigDecimal("12000"),
                new BigDecimal("7200"), "demo-order-3"));

        // 通力物流: a design order far above the catalogue price, delivered and waiting for a decision.
        OrderSummary design = as("enterprise3", () -> orders.placeOrder(programme.id(), items.get(2).id(),
                new BigDecimal("100000"), new BigDecimal("20000"), "demo-order-4"));
        as("agency", () -> orders.acceptOrder(design.id()));
        as("agency", () -> orders.deliverOrder(design.id()));
        as("enterprise3", () -> orders.confirmDelivery(design.id(), files.store("付款凭证.pdf", PDF)));
        as("agency", () -> orders.fileRedemption(design.id(), files.store("设计合同.pdf", PDF),
                files.store("发票.pdf", PDF), files.store("设计交付单.pdf", PDF)));
    }

    private CatalogueItemSummary item(String category, String title, String description, long price, int days) {
        return orders.addItem(new CatalogueItemForm(category, title, description, BigDecimal.valueOf(price), days),
                "demo-item-" + UUID.nameUUIDFromBytes(title.getBytes()));
    }

    private Long organisationOf(String username) {
        return accounts.findByUsername(username).orElseThrow().organisationId();
    }

    /** Runs work as a demo account, exactly as if that person had signed in. */
    private <T> T as(String username, Supplier<T> work) {
        AccountSummary account = accounts.findByUsername(username).orElseThrow();
        DemoUser user = new DemoUser(account.id(), account.organisationId(), account.username(), account.displayName(),
                Set.copyOf(account.roles()), Locale.SIMPLIFIED_CHINESE);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record DemoUser(Long userId, Long organisationId, String username, String displayName, Set<String> roles,
            Locale locale) implements CurrentUser {
    }
}
