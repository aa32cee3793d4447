package com.scenehub.voucher;

import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts of what is waiting for a user, for the home page (only the user's own records). */
@Service
public class VoucherWork {

    private final ProgrammeRepository programmes;
    private final VoucherRepository vouchers;
    private final LedgerAccountRepository accounts;
    private final VoucherOrderRepository orders;
    private final RedemptionRepository redemptions;
    private final FlagRepository flags;
    private final Clock clock;

    VoucherWork(ProgrammeRepository programmes, VoucherRepository vouchers, LedgerAccountRepository accounts,
            VoucherOrderRepository orders, RedemptionRepository redemptions, FlagRepository flags, Clock clock) {
        this.programmes = programmes;
        this.vouchers = vouchers;
        this.accounts = accounts;
        this.orders = orders;
        this.redemptions = redemptions;
        this.flags = flags;
        this.clock = clock;
    }

    public record Counts(long claimable, long expiring, long toConfirm, long newOrders, long toRedeem, long toDecide,
            long toPay, long flags) {
    }

    @Transactional(readOnly = true)
    public Counts countsFor(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        Long org = user.organisationId();
        long claimable = 0;
        long expiring = 0;
        long toConfirm = 0;
        long newOrders = 0;
        long toRedeem = 0;
        if (org != null && user.hasRole(Roles.ENTERPRISE)) {
            claimable = programmes.findAll().stream().filter(p -> p.getStatus() == ProgrammeStatus.OPEN
                    && p.claimWindowContains(today)).count();
            expiring = vouchers.findByHolderIdOrderByValidUntilAscIdAsc(org).stream()
                    .filter(v -> v.usableOn(today) && !v.getValidUntil().isAfter(today.plusDays(30))
                            && accounts.balanceOf(v.getAccountId()).signum() > 0).count();
            toConfirm = orders.countByEnterpriseIdAndStatus(org, OrderStatus.DELIVERED);
        }
        if (org != null && user.hasRole(Roles.AGENCY)) {
            newOrders = orders.countByAgencyIdAndStatus(org, OrderStatus.PLACED);
            toRedeem = orders.countByAgencyIdAndStatus(org, OrderStatus.CONFIRMED);
        }
        boolean manager = user.hasRole(Roles.MANAGER);
        return new Counts(claimable, expiring, toConfirm, newOrders, toRedeem,
                manager ? redemptions.countByStatus(RedemptionStatus.FILED) : 0,
                manager ? redemptions.countByStatus(RedemptionStatus.APPROVED) : 0, manager ? flags.count() : 0);
    }
}
