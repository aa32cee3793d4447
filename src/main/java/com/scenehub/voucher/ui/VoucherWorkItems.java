package com.scenehub.voucher.ui;

import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.spi.WorkItem;
import com.scenehub.shared.spi.WorkItemSource;
import com.scenehub.voucher.VoucherWork;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The home page's voucher work for each role, linking to the voucher views. */
@Component
class VoucherWorkItems implements WorkItemSource {

    private final VoucherWork work;

    VoucherWorkItems(VoucherWork work) {
        this.work = work;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        List<WorkItem> items = new ArrayList<>();
        VoucherWork.Counts counts = work.countsFor(user);
        if (user.hasRole(Roles.ENTERPRISE) && user.organisationId() != null) {
            items.add(new WorkItem("voucher.work.claimable", counts.claimable(), MyVouchersView.class));
            items.add(new WorkItem("voucher.work.expiring", counts.expiring(), MyVouchersView.class));
            items.add(new WorkItem("voucher.work.to-confirm", counts.toConfirm(), MyVouchersView.class));
        }
        if (user.hasRole(Roles.AGENCY) && user.organisationId() != null) {
            items.add(new WorkItem("voucher.work.new-orders", counts.newOrders(), AgencyVoucherView.class));
            items.add(new WorkItem("voucher.work.to-redeem", counts.toRedeem(), AgencyVoucherView.class));
        }
        if (user.hasRole(Roles.MANAGER)) {
            items.add(new WorkItem("voucher.work.to-decide", counts.toDecide(), VoucherApprovalsView.class));
            items.add(new WorkItem("voucher.work.to-pay", counts.toPay(), VoucherApprovalsView.class));
            items.add(new WorkItem("voucher.work.flags", counts.flags(), VoucherApprovalsView.class));
        }
        return items;
    }
}
