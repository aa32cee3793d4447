package com.scenehub.voucher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VoucherRepository extends JpaRepository<Voucher, Long> {

    List<Voucher> findByHolderIdOrderByValidUntilAscIdAsc(Long holderId);

    List<Voucher> findByProgrammeIdOrderByIdAsc(Long programmeId);

    boolean existsByProgrammeId(Long programmeId);

    /** Face value issued per holder and programme year, for the integrity check of the cap counters. */
    @Query("select v.holderId, p.year, sum(v.faceValue) from Voucher v, Programme p where v.programmeId = p.id group by v.holderId, p.year")
    List<Object[]> issuedByHolderAndYear();

    @Query("select v from Voucher v where v.holderId = ?1 and v.programmeId = ?2 and v.validUntil >= ?3 order by v.validUntil, v.id")
    List<Voucher> usable(Long holderId, Long programmeId, LocalDate day);

    /** Face value issued this year to any of the holders (the related group's cap). */
    @Query("select coalesce(sum(v.faceValue), 0) from Voucher v, Programme p where v.programmeId = p.id and p.year = ?2 and v.holderId in ?1")
    BigDecimal issuedToGroup(Collection<Long> holderIds, int year);

    /** Vouchers past their use deadline that still hold value, or are not yet marked expired. */
    @Query("select v.id from Voucher v, LedgerAccount a where a.id = v.accountId and v.validUntil < ?1 and (a.balance > 0 or v.status = com.scenehub.voucher.VoucherStatus.ACTIVE) order by v.id")
    List<Long> dueForExpiry(LocalDate today);

    @Query("select v.id from Voucher v, LedgerAccount a where a.id = v.accountId and a.balance > 0 and v.validUntil >= ?1 and v.validUntil <= ?2 and v.reminded30 = false order by v.id")
    List<Long> dueFor30DayReminder(LocalDate today, LocalDate until);

    @Query("select v.id from Voucher v, LedgerAccount a where a.id = v.accountId and a.balance > 0 and v.validUntil >= ?1 and v.validUntil <= ?2 and v.reminded7 = false order by v.id")
    List<Long> dueFor7DayReminder(LocalDate today, LocalDate until);
}
