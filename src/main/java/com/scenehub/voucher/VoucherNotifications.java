package com.scenehub.voucher;

import com.scenehub.notification.NotificationService;
import com.scenehub.shared.security.Roles;
import com.scenehub.voucher.VoucherEvents.OrderAccepted;
import com.scenehub.voucher.VoucherEvents.OrderPlaced;
import com.scenehub.voucher.VoucherEvents.PaymentMade;
import com.scenehub.voucher.VoucherEvents.RedemptionApproved;
import com.scenehub.voucher.VoucherEvents.RedemptionFiled;
import com.scenehub.voucher.VoucherEvents.RedemptionRejected;
import com.scenehub.voucher.VoucherEvents.VoucherExpiring;
import com.scenehub.voucher.VoucherEvents.VoucherIssued;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the people concerned, after the change has committed. */
@Component
class VoucherNotifications {

    static final String ENTERPRISE_LINK = "vouchers/mine";
    static final String AGENCY_LINK = "vouchers/agency";
    static final String MANAGER_LINK = "vouchers/approvals";

    private final NotificationService notifications;

    VoucherNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(VoucherIssued event) {
        notifications.notifyOrganisation(event.holderId(), "notify.voucher.issued",
                List.of(event.amount().toPlainString(), event.programmeName(), event.validUntil().toString()),
                ENTERPRISE_LINK);
    }

    @ApplicationModuleListener
    void on(VoucherExpiring event) {
        notifications.notifyOrganisation(event.holderId(), "notify.voucher.expiring",
                List.of(event.balance().toPlainString(), event.validUntil().toString(), String.valueOf(event.days())),
                ENTERPRISE_LINK);
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        notifications.notifyOrganisation(event.agencyId(), "notify.voucher.order-placed",
                List.of(event.itemTitle(), event.voucherAmount().toPlainString()), AGENCY_LINK);
    }

    @ApplicationModuleListener
    void on(OrderAccepted event) {
        notifications.notifyOrganisation(event.enterpriseId(), "notify.voucher.order-accepted",
                List.of(event.itemTitle()), ENTERPRISE_LINK);
    }

    @ApplicationModuleListener
    void on(RedemptionFiled event) {
        notifications.notifyRole(Roles.MANAGER, "notify.voucher.redemption-filed",
                List.of(String.valueOf(event.orderId()), event.amount().toPlainString()), MANAGER_LINK);
    }

    @ApplicationModuleListener
    void on(RedemptionApproved event) {
        notifications.notifyOrganisation(event.agencyId(), "notify.voucher.redemption-approved",
                List.of(event.amount().toPlainString()), AGENCY_LINK);
    }

    @ApplicationModuleListener
    void on(RedemptionRejected event) {
        notifications.notifyOrganisation(event.agencyId(), "notify.voucher.redemption-rejected",
                List.of(event.reason()), AGENCY_LINK);
        notifications.notifyOrganisation(event.enterpriseId(), "notify.voucher.redemption-rejected",
                List.of(event.reason()), ENTERPRISE_LINK);
    }

    @ApplicationModuleListener
    void on(PaymentMade event) {
        notifications.notifyOrganisation(event.agencyId(), "notify.voucher.payment-made",
                List.of(event.amount().toPlainString(), event.reference(), event.paymentDate().toString()),
                AGENCY_LINK);
    }
}
