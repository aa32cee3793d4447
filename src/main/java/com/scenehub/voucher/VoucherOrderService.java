package com.scenehub.voucher;

import com.scenehub.organisation.OrganisationService;
import com.scenehub.organisation.OrganisationSummary;
import com.scenehub.referencedata.ReferenceDataService;
import com.scenehub.referencedata.ReferenceKind;
import com.scenehub.shared.domain.AccessDeniedException;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.security.CurrentUser;
import com.scenehub.shared.security.Roles;
import com.scenehub.voucher.VoucherEvents.OrderAccepted;
import com.scenehub.voucher.VoucherEvents.OrderPlaced;
import com.scenehub.voucher.VoucherEvents.PaymentMade;
import com.scenehub.voucher.VoucherEvents.RedemptionApproved;
import com.scenehub.voucher.VoucherEvents.RedemptionFiled;
import com.scenehub.voucher.VoucherEvents.RedemptionRejected;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spending vouchers (DESIGN §7): agencies' catalogues, orders with reserved voucher amounts,
 * delivery, redemption claims, approval or rejection, payment; integrity flags on orders.
 */
@Service
public class VoucherOrderService {

    /** An order priced more than this multiple of its category's catalogue median is flagged. */
    static final BigDecimal PRICE_FLAG_RATIO = new BigDecimal("1.5");
    /** One agency holding more than this share of an enterprise's voucher value is flagged. */
    static final BigDecimal CONCENTRATION_SHARE = new BigDecimal("0.60");

    private final CatalogueItemRepository items;
    private final AgencyStatusRepository agencyStatuses;
    private final VoucherOrderRepository orders;
    private final OrderUseRepository uses;
    private final RedemptionRepository redemptions;
    private final VoucherRepository vouchers;
    private final FlagRepository flags;
    private final HistoryRepository history;
    private final Ledger ledger;
    private final BudgetShards shards;
    private final LedgerAccountRepository accounts;
    private final VoucherService voucherService;
    private final FileStore files;
    private final OrganisationService organisations;
    private final ReferenceDataService referenceData;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoucherOrderService(CatalogueItemRepository items, AgencyStatusRepository agencyStatuses,
            VoucherOrderRepository orders, OrderUseRepository uses, RedemptionRepository redemptions,
            VoucherRepository vouchers, FlagRepository flags, HistoryRepository history, Ledger ledger,
            BudgetShards shards, LedgerAccountRepository accounts,
            VoucherService voucherService, FileStore files, OrganisationService organisations,
            ReferenceDataService referenceData, AuthenticatedUser authenticatedUser, ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.agencyStatuses = agencyStatuses;
        this.orders = orders;
        this.uses = uses;
        this.redemptions = redemptions;
        this.vouchers = vouchers;
        this.flags = flags;
        this.history = history;
        this.ledger = ledger;
        this.shards = shards;
        this.accounts = accounts;
        this.voucherService = voucherService;
        this.files = files;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.authenticatedUser = authenticatedUser;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- agencies and catalogue

    @RolesAllowed(Roles.AGENCY)
    @Transactional
    public CatalogueItemSummary addItem(CatalogueItemForm form, String requestKey) {
        Long agencyId = VoucherService.requireOrganisation(authenticatedUser.require());
        if (requestKey != null) {
            Optional<CatalogueItem> earlier = items.findByRequestKey(requestKey);
            if (earlier.isPresent()) {
                return itemSummary(earlier.get(), new HashMap<>());
            }
        }
        organisations.requireVerified(agencyId);
        validate(form);
        return itemSummary(items.save(new CatalogueItem(agencyId, form, requestKey, clock.instant())), new HashMap<>());
    }

    @RolesAllowed(Roles.AGENCY)
    @Transactional
    public CatalogueItemSummary updateItem(Long itemId, CatalogueItemForm form, boolean active) {
        CatalogueItem item = ownItem(itemId);
        validate(form);
        item.apply(form);
        item.activate(active);
        return itemSummary(item, new HashMap<>());
    }

    @RolesAllowed(Roles.AGENCY)
    @Transactional(readOnly = true)
    public List<CatalogueItemSummary> myCatalogue() {
        Long agencyId = VoucherService.requireOrganisation(authenticatedUser.require());
        Map<Long, String> names = new HashMap<>();
        return items.findByAgencyIdOrderByCategoryCodeAscTitleAsc(agencyId).stream()
                .map(i -> itemSummary(i, names)).toList();
    }

    /** Services enterprises can order: active items of verified agencies that are not suspended. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<CatalogueItemSummary> catalogue() {
        authenticatedUser.require();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Boolean> verified = new HashMap<>();
        return items.findByActiveTrueOrderByCategoryCodeAscListPriceAsc().stream()
                .filter(i -> verified.computeIfAbsent(i.getAgencyId(),
                        id -> organisations.findSummary(id).map(OrganisationSummary::verified).orElse(false)))
                .map(i -> itemSummary(i, names)).filter(i -> !i.agencySuspended()).toList();
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<AgencySummary> agencies() {
        List<AgencySummary> result = new ArrayList<>();
        Map<Long, Long> counts = new HashMap<>();
        items.findAll().forEach(i -> counts.merge(i.getAgencyId(), 1L, Long::sum));
        for (OrganisationSummary agency : organisations.all()) {
            if (!agency.appliedRoles().contains(Roles.AGENCY)) {
                continue;
            }
            Optional<AgencyStatus> status = agencyStatuses.findById(agency.id());
            result.add(new AgencySummary(agency.id(), agency.name(), agency.verified(),
                    status.map(AgencyStatus::isSuspended).orElse(false),
                    status.map(AgencyStatus::getReason).orElse(null), counts.getOrDefault(agency.id(), 0L)));
        }
        return result;
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public void suspendAgency(Long agencyId, String reason) {
        String actor = authenticatedUser.require().username();
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.reason-required");
        }
        AgencyStatus status = agencyStatuses.findById(agencyId).orElseGet(() -> new AgencyStatus(agencyId));
        status.set(true, reason.trim(), actor, clock.instant());
        agencyStatuses.save(status);
        record("AGENCY", agencyId, "ACTIVE", "SUSPENDED", actor, reason.trim());
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public void reinstateAgency(Long agencyId) {
        String actor = authenticatedUser.require().username();
        agencyStatuses.findById(agencyId).filter(AgencyStatus::isSuspended).ifPresent(status -> {
            status.set(false, null, actor, clock.instant());
            record("AGENCY", agencyId, "SUSPENDED", "ACTIVE", actor, null);
        });
    }

    boolean suspended(Long agencyId) {
        return agencyStatuses.findById(agencyId).map(AgencyStatus::isSuspended).orElse(false);
    }

    // ---------------------------------------------------------------- orders

    /** The most a voucher may pay of an order of this item at this price in this programme. */
    @PermitAll
    @Transactional(readOnly = true)
    public BigDecimal maxVoucherAmount(Long programmeId, String categoryCode, BigDecimal price) {
        BigDecimal ratio = voucherService.find(programmeId).getCoverage().get(categoryCode);
        return ratio == null || !Money.positive(price) ? Money.ZERO : Money.share(Money.of(price), ratio);
    }

    /**
     * The signed-in enterprise orders a catalogue service at the agreed {@code price} and applies
     * {@code voucherAmount} of its vouchers of the programme (earliest deadline first), which is
     * reserved for the order.
     */
    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public OrderSummary placeOrder(Long programmeId, Long itemId, BigDecimal price, BigDecimal voucherAmount,
            String requestKey) {
        CurrentUser user = authenticatedUser.require();
        Long enterpriseId = VoucherService.requireOrganisation(user);
        if (requestKey == null || requestKey.isBlank()) {
            throw new IllegalArgumentException("A request key is required");
        }
        Optional<VoucherOrder> earlier = orders.findByRequestKey(requestKey);
        if (earlier.isPresent()) {
            return view(earlier.get(), new HashMap<>());
        }
        organisations.requireVerified(enterpriseId);
        CatalogueItem item = items.findById(itemId)
                .orElseThrow(() -> new NotFoundException("error.voucher.item-not-found"));
        if (!item.isActive()) {
            throw new BusinessRuleException("error.voucher.item-inactive");
        }
        organisations.requireVerified(item.getAgencyId());
        if (suspended(item.getAgencyId())) {
            throw new BusinessRuleException("error.voucher.agency-suspended");
        }
        if (organisations.areRelated(enterpriseId, item.getAgencyId())) {
            throw new BusinessRuleException("error.voucher.related-party");
        }
        Programme programme = voucherService.find(programmeId);
        LocalDate today = LocalDate.now(clock);
        if (programme.getStatus() == ProgrammeStatus.CLOSED || today.isAfter(programme.getUseDeadline())) {
            throw new BusinessRuleException("error.voucher.programme-ended");
        }
        BigDecimal ratio = programme.getCoverage().get(item.getCategoryCode());
        if (ratio == null) {
            throw new BusinessRuleException("error.voucher.category-not-eligible");
        }
        BigDecimal agreed = Money.of(price);
        BigDecimal amount = Money.of(voucherAmount);
        if (!Money.positive(agreed) || !Money.positive(amount)) {
            throw new BusinessRuleException("error.voucher.amount-positive");
        }
        BigDecimal max = Money.share(agreed, ratio);
        if (amount.compareTo(max) > 0) {
            throw new BusinessRuleException("error.voucher.coverage-exceeded", max,
                    ratio.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString());
        }

        List<Voucher> usable = vouchers.usable(enterpriseId, programmeId, today);
        if (usable.isEmpty()) {
            throw new BusinessRuleException("error.voucher.no-usable-voucher");
        }
        Map<Long, LedgerAccount> locked = ledger.lock(usable.stream().map(Voucher::getAccountId).toList());
        earlier = orders.findByRequestKey(requestKey);
        if (earlier.isPresent()) {
            return view(earlier.get(), new HashMap<>());
        }
        BigDecimal available = locked.values().stream().map(LedgerAccount::getBalance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (available.compareTo(amount) < 0) {
            throw new BusinessRuleException("error.voucher.insufficient-balance", available);
        }
        VoucherOrder order = orders.saveAndFlush(new VoucherOrder(programmeId, enterpriseId, item, agreed, amount,
                requestKey, user.username(), clock.instant()));
        LedgerAccount reservation = ledger.open(programmeId, AccountKind.RESERVATION, order.getId(), BigDecimal.ZERO);
        ledger.lock(List.of(reservation.getId()));
        order.reservedIn(reservation.getId());
        BigDecimal left = amount;
        for (Voucher voucher : usable) {
            if (left.signum() == 0) {
                break;
            }
            LedgerAccount account = locked.get(voucher.getAccountId());
            BigDecimal take = account.getBalance().min(left);
            if (take.signum() > 0) {
                ledger.transfer(account, reservation, take, "reserve:" + order.getId() + ":" + voucher.getId(),
                        TransferReason.RESERVE, voucher.getId(), order.getId(), user.username());
                uses.save(new OrderUse(order.getId(), voucher.getId(), take));
                left = left.subtract(take);
            }
        }
        record("ORDER", order.getId(), null, OrderStatus.PLACED.name(), user.username(), null);
        flag(order, item);
        events.publishEvent(new OrderPlaced(order.getId(), item.getAgencyId(), item.getTitle(), amount));
        return view(order, new HashMap<>());
    }

    @RolesAllowed(Roles.AGENCY)
    @Transactional
    public OrderSummary acceptOrder(Long orderId) {
        String actor = authenticatedUser.require().username();
        VoucherOrder order = lockOwnOrder(orderId, false);
        if (order.getStatus() == OrderStatus.ACCEPTED) {
            return view(order, new HashMap<>());
        }
        OrderStatus from = order.getStatus();
        order.accept();
        record("ORDER", orderId, from.name(), order.getStatus().name(), actor, null);
        CatalogueItem item = items.findById(order.getItemId()).orElseThrow();
        events.publishEvent(new OrderAccepted(orderId, order.getEnterpriseId(), item.getTitle()));
        return view(order, new HashMap<>());
    }

    @RolesAllowed(Roles.AGENCY)
    @Transactional
    public OrderSummary deliverOrder(Long orderId) {
        String actor = authenticatedUser.require().username();
        VoucherOrder order = lockOwnOrder(orderId, false);
        if (order.getStatus() == OrderStatus.DELIVERED) {
            return view(order, new HashMap<>());
        }
        OrderStatus from = order.getStatus();
        order.deliver(clock.instant());
        record("ORDER", orderId, from.name(), order.getStatus().name(), actor, null);
        return view(order, new HashMap<>());
    }

    /** The enterprise confirms delivery with proof of paying its own share (a stored document). */
    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional
    public OrderSummary confirmDelivery(Long orderId, Long paymentProofFileId) {
        String actor = authenticatedUser.require().username();
        VoucherOrder order = lockOwnOrder(orderId, true);
        if (order.getStatus() == OrderStatus.CONFIRMED) {
            return view(order, new HashMap<>());
        }
        requireOwnFile(paymentProofFileId, actor);
        OrderStatus from = order.getStatus();
        order.confirm(paymentProofFileId, clock.instant());
        record("ORDER", orderId, from.name(), order.getStatus().name(), actor, null);
        return view(order, new HashMap<>());
    }

    /** The enterprise or the agency cancels an order not yet delivered; the reservation returns. */
    @RolesAllowed({Roles.ENTERPRISE, Roles.AGENCY})
    @Transactional
    public OrderSummary cancelOrder(Long orderId, String reason) {
        CurrentUser user = authenticatedUser.require();
        VoucherOrder order = orders.lockById(orderId)
                .orElseThrow(() -> new NotFoundException("error.voucher.order-not-found"));
        Long org = user.organisationId();
        boolean party = org != null && (user.hasRole(Roles.ENTERPRISE) && org.equals(order.getEnterpriseId())
                || user.hasRole(Roles.AGENCY) && org.equals(order.getAgencyId()));
        if (!party) {
            throw new NotFoundException("error.voucher.order-not-found");
        }
        if (order.getStatus() == OrderStatus.CANCELLED) {
            return view(order, new HashMap<>());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.reason-required");
        }
        OrderStatus from = order.getStatus();
        order.cancel(reason.trim());
        returnReservation(order, "release:" + orderId, TransferReason.RELEASE, user.username());
        record("ORDER", orderId, from.name(), order.getStatus().name(), user.username(), reason.trim());
        return view(order, new HashMap<>());
    }

    @RolesAllowed(Roles.ENTERPRISE)
    @Transactional(readOnly = true)
    public List<OrderSummary> myOrders() {
        Long enterpriseId = VoucherService.requireOrganisation(authenticatedUser.require());
        Map<Long, String> names = new HashMap<>();
        return orders.findByEnterpriseIdOrderByIdDesc(enterpriseId).stream().map(o -> view(o, names)).toList();
    }

    @RolesAllowed(Roles.AGENCY)
    @Transactional(readOnly = true)
    public List<OrderSummary> agencyOrders() {
        Long agencyId = VoucherService.requireOrganisation(authenticatedUser.require());
        Map<Long, String> names = new HashMap<>();
        return orders.findByAgencyIdOrderByIdDesc(agencyId).stream().map(o -> view(o, names)).toList();
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<OrderSummary> ordersOf(Long programmeId) {
        Map<Long, String> names = new HashMap<>();
        return orders.findByProgrammeIdOrderByIdDesc(programmeId).stream().map(o -> view(o, names)).toList();
    }

    /** An order's state changes, for any party to it and for managers. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryView> orderHistory(Long orderId) {
        VoucherOrder order = orders.findById(orderId)
                .orElseThrow(() -> new NotFoundException("error.voucher.order-not-found"));
        CurrentUser user = authenticatedUser.require();
        if (!user.hasRole(Roles.MANAGER) && !order.getEnterpriseId().equals(user.organisationId())
                && !order.getAgencyId().equals(user.organisationId())) {
            throw new NotFoundException("error.voucher.order-not-found");
        }
        return history.findBySubjectTypeAndSubjectIdOrderByIdAsc("ORDER", orderId).stream().map(HistoryEntry::view)
                .toList();
    }

    // ---------------------------------------------------------------- redemption and payment

    /**
     * The agency files a redemption claim for a confirmed order with its contract, invoice and
     * delivery confirmation. Refused after the programme's redemption deadline.
     * <p>
     * After a manager rejected the claim (the amount went back to the vouchers), the agency may file
     * a corrected claim for the same order, with at least one new document, before the redemption
     * deadline: the amount is reserved again from the same vouchers, which must still be valid and
     * hold it. A repeated submit (an open or decided claim, or the rejected claim's own documents)
     * changes nothing.
     */
    @RolesAllowed(Roles.AGENCY)
    @Transactional
    public RedemptionSummary fileRedemption(Long orderId, Long contractFileId, Long invoiceFileId,
            Long deliveryFileId) {
        String actor = authenticatedUser.require().username();
        VoucherOrder order = lockOwnOrder(orderId, false);
        Optional<Redemption> earlier = redemptions.findFirstByOrderIdOrderByAttemptDesc(orderId);
        boolean refiling = earlier.isPresent() && earlier.get().getStatus() == RedemptionStatus.REJECTED
                && order.getStatus() == OrderStatus.REJECTED;
        if (earlier.isPresent() && !refiling) {
            return earlier.get().summary(view(order, new HashMap<>()));
        }
        if (refiling && earlier.get().sameDocuments(contractFileId, invoiceFileId, deliveryFileId)) {
            throw new BusinessRuleException("error.voucher.refile-new-document");
        }
        Programme programme = voucherService.find(order.getProgrammeId());
        if (LocalDate.now(clock).isAfter(programme.getRedemptionDeadline())) {
            throw new BusinessRuleException("error.voucher.redemption-deadline", programme.getRedemptionDeadline());
        }
        if (!refiling && order.getStatus() != OrderStatus.CONFIRMED) {
            throw new BusinessRuleException("error.voucher.order-not-confirmed");
        }
        requireOwnFile(contractFileId, actor);
        requireOwnFile(invoiceFileId, actor);
        requireOwnFile(deliveryFileId, actor);
        int attempt = earlier.map(r -> r.getAttempt() + 1).orElse(1);
        OrderStatus from = order.getStatus();
        if (refiling) {
            reserveAgain(order, attempt, actor);
            order.refiled();
        } else {
            order.claimed();
        }
        Redemption redemption = redemptions.save(new Redemption(order, attempt, contractFileId, invoiceFileId,
                deliveryFileId, actor, clock.instant()));
        record("ORDER", orderId, from.name(), OrderStatus.CLAIMED.name(), actor, refiling ? "refiled" : null);
        record("REDEMPTION", redemption.getId(), null, RedemptionStatus.FILED.name(), actor,
                refiling ? "attempt " + attempt : null);
        events.publishEvent(new RedemptionFiled(redemption.getId(), orderId, redemption.getAmount()));
        return redemption.summary(view(order, new HashMap<>()));
    }

    /** Moves each voucher's share of a rejected order back into its reservation (a corrected claim). */
    private void reserveAgain(VoucherOrder order, int attempt, String actor) {
        LocalDate today = LocalDate.now(clock);
        List<OrderUse> used = uses.findByKeyOrderIdOrderByKeyVoucherId(order.getId());
        Map<Long, Voucher> byId = new LinkedHashMap<>();
        used.forEach(u -> byId.put(u.voucherId(), vouchers.findById(u.voucherId()).orElseThrow()));
        if (byId.values().stream().anyMatch(v -> !v.usableOn(today))) {
            throw new BusinessRuleException("error.voucher.refile-voucher-expired");
        }
        List<Long> ids = new ArrayList<>();
        ids.add(order.getReservationAccountId());
        byId.values().forEach(v -> ids.add(v.getAccountId()));
        Map<Long, LedgerAccount> locked = ledger.lock(ids);
        for (OrderUse use : used) {
            if (locked.get(byId.get(use.voucherId()).getAccountId()).getBalance().compareTo(use.amount()) < 0) {
                throw new BusinessRuleException("error.voucher.refile-value-spent");
            }
        }
        LedgerAccount reservation = locked.get(order.getReservationAccountId());
        for (OrderUse use : used) {
            Voucher voucher = byId.get(use.voucherId());
            ledger.transfer(locked.get(voucher.getAccountId()), reservation, use.amount(),
                    "reserve:" + order.getId() + ":" + attempt + ":" + voucher.getId(), TransferReason.RESERVE,
                    voucher.getId(), order.getId(), actor);
        }
    }

    /** A manager approves a claim: the reserved amount becomes payable to the agency. */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public RedemptionSummary approve(Long redemptionId) {
        String actor = authenticatedUser.require().username();
        Redemption redemption = lockRedemption(redemptionId);
        VoucherOrder order = orders.lockById(redemption.getOrderId()).orElseThrow();
        if (redemption.getStatus() != RedemptionStatus.FILED) {
            if (redemption.getStatus() == RedemptionStatus.APPROVED || redemption.getStatus() == RedemptionStatus.PAID) {
                return redemption.summary(view(order, new HashMap<>()));
            }
            throw new BusinessRuleException("error.voucher.redemption-state", redemption.getStatus().name());
        }
        Long payableId = accounts.findId(order.getProgrammeId(), AccountKind.AGENCY_PAYABLE, order.getAgencyId())
                .orElseGet(() -> {
                    // The programme's PAID account (made before any payable) serialises making payable accounts.
                    Long paidId = ledger.accountId(order.getProgrammeId(), AccountKind.PAID,
                            VoucherService.PROGRAMME_OWNER);
                    ledger.lock(List.of(paidId));
                    return ledger.findOrOpen(order.getProgrammeId(), AccountKind.AGENCY_PAYABLE, order.getAgencyId());
                });
        Map<Long, LedgerAccount> locked = ledger.lock(List.of(order.getReservationAccountId(), payableId));
        redemption.approve(actor, clock.instant());
        order.redeemed();
        ledger.transfer(locked.get(order.getReservationAccountId()), locked.get(payableId), redemption.getAmount(),
                "redeem:" + redemptionId, TransferReason.REDEEM, null, order.getId(), actor);
        record("REDEMPTION", redemptionId, RedemptionStatus.FILED.name(), RedemptionStatus.APPROVED.name(), actor, null);
        record("ORDER", order.getId(), OrderStatus.CLAIMED.name(), OrderStatus.REDEEMED.name(), actor, null);
        events.publishEvent(new RedemptionApproved(redemptionId, order.getAgencyId(), redemption.getAmount()));
        return redemption.summary(view(order, new HashMap<>()));
    }

    /**
     * A manager rejects a claim with a reason: the reserved amount returns to each voucher that is
     * still valid, otherwise to the programme budget.
     */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public RedemptionSummary reject(Long redemptionId, String reason) {
        String actor = authenticatedUser.require().username();
        Redemption redemption = lockRedemption(redemptionId);
        VoucherOrder order = orders.lockById(redemption.getOrderId()).orElseThrow();
        if (redemption.getStatus() == RedemptionStatus.REJECTED) {
            return redemption.summary(view(order, new HashMap<>()));
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.reason-required");
        }
        redemption.reject(reason.trim(), actor, clock.instant());
        order.rejected(reason.trim());
        returnReservation(order, "reject:" + redemptionId, TransferReason.REJECT, actor);
        record("REDEMPTION", redemptionId, RedemptionStatus.FILED.name(), RedemptionStatus.REJECTED.name(), actor,
                reason.trim());
        record("ORDER", order.getId(), OrderStatus.CLAIMED.name(), OrderStatus.REJECTED.name(), actor, reason.trim());
        events.publishEvent(new RedemptionRejected(redemptionId, order.getAgencyId(), order.getEnterpriseId(),
                reason.trim()));
        return redemption.summary(view(order, new HashMap<>()));
    }

    /** A manager records the payment of an approved claim (reference and date). */
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    public RedemptionSummary pay(Long redemptionId, String reference, LocalDate paymentDate) {
        String actor = authenticatedUser.require().username();
        Redemption redemption = lockRedemption(redemptionId);
        VoucherOrder order = orders.lockById(redemption.getOrderId()).orElseThrow();
        if (redemption.getStatus() == RedemptionStatus.PAID) {
            return redemption.summary(view(order, new HashMap<>()));
        }
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new BusinessRuleException("error.voucher.payment-reference");
        }
        if (paymentDate == null || paymentDate.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("error.voucher.payment-date");
        }
        if (redemption.getStatus() != RedemptionStatus.APPROVED) {
            throw new BusinessRuleException("error.voucher.redemption-state", redemption.getStatus().name());
        }
        Long payableId = ledger.accountId(order.getProgrammeId(), AccountKind.AGENCY_PAYABLE, order.getAgencyId());
        Long paidId = ledger.accountId(order.getProgrammeId(), AccountKind.PAID, VoucherService.PROGRAMME_OWNER);
        Map<Long, LedgerAccount> locked = ledger.lock(List.of(payableId, paidId));
        redemption.pay(reference.trim(), paymentDate, actor);
        order.paid();
        ledger.transfer(locked.get(payableId), locked.get(paidId), redemption.getAmount(), "pay:" + redemptionId,
                TransferReason.PAY, null, order.getId(), actor);
        record("REDEMPTION", redemptionId, RedemptionStatus.APPROVED.name(), RedemptionStatus.PAID.name(), actor,
                reference.trim());
        record("ORDER", order.getId(), OrderStatus.REDEEMED.name(), OrderStatus.PAID.name(), actor, reference.trim());
        events.publishEvent(new PaymentMade(redemptionId, order.getAgencyId(), redemption.getAmount(),
                reference.trim(), paymentDate));
        return redemption.summary(view(order, new HashMap<>()));
    }

    @RolesAllowed(Roles.AGENCY)
    @Transactional(readOnly = true)
    public List<RedemptionSummary> myRedemptions() {
        Long agencyId = VoucherService.requireOrganisation(authenticatedUser.require());
        Map<Long, String> names = new HashMap<>();
        return redemptions.findByAgencyIdOrderByIdDesc(agencyId).stream()
                .map(r -> r.summary(view(orders.findById(r.getOrderId()).orElseThrow(), names))).toList();
    }

    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<RedemptionSummary> redemptions(RedemptionStatus status) {
        Map<Long, String> names = new HashMap<>();
        List<Redemption> list = status == null ? redemptions.findAllByOrderByIdDesc()
                : redemptions.findByStatusOrderByIdAsc(status);
        return list.stream().map(r -> r.summary(view(orders.findById(r.getOrderId()).orElseThrow(), names))).toList();
    }

    /** A redemption's document, for the agency that filed it and for managers. */
    @RolesAllowed({Roles.AGENCY, Roles.MANAGER, Roles.ENTERPRISE})
    @Transactional(readOnly = true)
    public FileStore.FileContent document(Long fileId) {
        CurrentUser user = authenticatedUser.require();
        boolean allowed = user.hasRole(Roles.MANAGER)
                || files.find(fileId).map(f -> f.getUploadedBy().equals(user.username())).orElse(false);
        if (!allowed) {
            throw new NotFoundException("error.file.not-found");
        }
        return files.read(fileId);
    }

    // ---------------------------------------------------------------- integrity flags

    @RolesAllowed(Roles.MANAGER)
    @Transactional(readOnly = true)
    public List<FlagView> flags() {
        Map<Long, String> names = new HashMap<>();
        return flags.findAllByOrderByIdDesc().stream()
                .map(f -> f.view(name(f.getEnterpriseId(), names), name(f.getAgencyId(), names))).toList();
    }

    private void flag(VoucherOrder order, CatalogueItem item) {
        List<BigDecimal> prices = items.activePrices(item.getCategoryCode());
        if (!prices.isEmpty()) {
            BigDecimal median = median(prices);
            if (order.getPrice().compareTo(median.multiply(PRICE_FLAG_RATIO)) > 0) {
                BigDecimal ratio = order.getPrice().divide(median, 2, RoundingMode.HALF_UP);
                flags.save(new Flag(FlagKind.PRICE_ABOVE_MEDIAN, order,
                        order.getPrice().toPlainString() + "|" + median.toPlainString() + "|" + ratio.toPlainString(),
                        clock.instant()));
            }
        }
        BigDecimal received = vouchers.issuedToGroup(List.of(order.getEnterpriseId()), voucherService
                .find(order.getProgrammeId()).getYear());
        if (received.signum() > 0) {
            BigDecimal toAgency = orders.findByEnterpriseIdOrderByIdDesc(order.getEnterpriseId()).stream()
                    .filter(o -> o.getAgencyId().equals(order.getAgencyId()) && o.getStatus() != OrderStatus.CANCELLED
                            && o.getStatus() != OrderStatus.REJECTED)
                    .map(VoucherOrder::getVoucherAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal share = toAgency.divide(received, 4, RoundingMode.HALF_UP);
            if (share.compareTo(CONCENTRATION_SHARE) > 0) {
                flags.save(new Flag(FlagKind.CONCENTRATION, order, share.multiply(BigDecimal.valueOf(100))
                        .setScale(0, RoundingMode.HALF_UP).toPlainString() + "|" + toAgency.toPlainString() + "|"
                        + received.toPlainString(), clock.instant()));
            }
        }
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        List<BigDecimal> values = sorted.stream().sorted().toList();
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------- helpers

    private void returnReservation(VoucherOrder order, String keyPrefix, TransferReason reason, String actor) {
        LocalDate today = LocalDate.now(clock);
        List<OrderUse> used = uses.findByKeyOrderIdOrderByKeyVoucherId(order.getId());
        Map<Long, Voucher> byId = new LinkedHashMap<>();
        used.forEach(u -> byId.put(u.voucherId(), vouchers.findById(u.voucherId()).orElseThrow()));
        // Value of an expired voucher returns to one of the programme's budget shards.
        Map<Long, Long> shardOf = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        ids.add(order.getReservationAccountId());
        for (Voucher v : byId.values()) {
            ids.add(v.getAccountId());
            if (!v.usableOn(today)) {
                shardOf.put(v.getId(), shards.returnShard(order.getProgrammeId(), v.getId()));
                ids.add(shardOf.get(v.getId()));
            }
        }
        Map<Long, LedgerAccount> locked = ledger.lock(ids);
        LedgerAccount reservation = locked.get(order.getReservationAccountId());
        for (OrderUse use : used) {
            Voucher voucher = byId.get(use.voucherId());
            LedgerAccount target = voucher.usableOn(today) ? locked.get(voucher.getAccountId())
                    : locked.get(shardOf.get(voucher.getId()));
            ledger.transfer(reservation, target, use.amount(), keyPrefix + ":" + voucher.getId(),
                    voucher.usableOn(today) ? reason : TransferReason.EXPIRE, voucher.getId(), order.getId(), actor);
        }
    }

    private VoucherOrder lockOwnOrder(Long orderId, boolean enterprise) {
        CurrentUser user = authenticatedUser.require();
        Long org = VoucherService.requireOrganisation(user);
        VoucherOrder order = orders.lockById(orderId)
                .orElseThrow(() -> new NotFoundException("error.voucher.order-not-found"));
        Long owner = enterprise ? order.getEnterpriseId() : order.getAgencyId();
        if (!owner.equals(org)) {
            throw new NotFoundException("error.voucher.order-not-found");
        }
        return order;
    }

    private Redemption lockRedemption(Long redemptionId) {
        return redemptions.lockById(redemptionId)
                .orElseThrow(() -> new NotFoundException("error.voucher.redemption-not-found"));
    }

    private void requireOwnFile(Long fileId, String username) {
        StoredFile file = files.find(fileId).orElseThrow(() -> new BusinessRuleException("error.voucher.document-required"));
        if (!file.getUploadedBy().equals(username)) {
            throw new AccessDeniedException("error.file.not-found");
        }
    }

    private CatalogueItem ownItem(Long itemId) {
        Long agencyId = VoucherService.requireOrganisation(authenticatedUser.require());
        CatalogueItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException("error.voucher.item-not-found"));
        if (!item.getAgencyId().equals(agencyId)) {
            throw new NotFoundException("error.voucher.item-not-found");
        }
        return item;
    }

    private void validate(CatalogueItemForm form) {
        if (form.categoryCode() == null || !referenceData.isActive(ReferenceKind.VOUCHER_CATEGORY, form.categoryCode())) {
            throw new BusinessRuleException("error.voucher.category-unknown", String.valueOf(form.categoryCode()));
        }
        if (form.title() == null || form.title().isBlank() || form.title().length() > 200) {
            throw new BusinessRuleException("error.voucher.title-required");
        }
        if (form.description() == null || form.description().isBlank() || form.description().length() > 2000) {
            throw new BusinessRuleException("error.voucher.description-required");
        }
        if (!Money.positive(form.listPrice())) {
            throw new BusinessRuleException("error.voucher.amount-positive");
        }
        if (form.deliveryDays() <= 0 || form.deliveryDays() > 3650) {
            throw new BusinessRuleException("error.voucher.delivery-days");
        }
    }

    private CatalogueItemSummary itemSummary(CatalogueItem item, Map<Long, String> names) {
        return item.summary(name(item.getAgencyId(), names), suspended(item.getAgencyId()));
    }

    private String name(Long organisationId, Map<Long, String> names) {
        return names.computeIfAbsent(organisationId,
                id -> organisations.findSummary(id).map(OrganisationSummary::name).orElse("#" + id));
    }

    OrderSummary view(VoucherOrder order, Map<Long, String> names) {
        String title = items.findById(order.getItemId()).map(CatalogueItem::getTitle).orElse("");
        Long redemptionId = redemptions.findFirstByOrderIdOrderByAttemptDesc(order.getId()).map(Redemption::getId).orElse(null);
        return new OrderSummary(order.getId(), order.getProgrammeId(), order.getEnterpriseId(),
                name(order.getEnterpriseId(), names), order.getAgencyId(), name(order.getAgencyId(), names),
                order.getItemId(), title, order.getCategoryCode(), order.getPrice(), order.getVoucherAmount(),
                order.getPrice().subtract(order.getVoucherAmount()), order.getStatus(), order.getNote(),
                order.getPaymentProofFileId() != null, order.getPlacedAt(), redemptionId);
    }

    private void record(String type, Long id, String from, String to, String actor, String note) {
        voucherService.record(type, id, from, to, actor, note);
    }

    Function<Long, String> namer() {
        Map<Long, String> names = new HashMap<>();
        return id -> name(id, names);
    }
}
