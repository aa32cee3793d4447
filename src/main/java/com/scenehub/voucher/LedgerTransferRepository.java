package com.scenehub.voucher;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerTransferRepository extends JpaRepository<LedgerTransfer, Long> {

    boolean existsByIdempotencyKey(String key);

    java.util.Optional<LedgerTransfer> findByIdempotencyKey(String key);

    @Query("select t from LedgerTransfer t where t.fromAccountId = ?1 or t.toAccountId = ?1 order by t.id")
    List<LedgerTransfer> touching(Long accountId);

    @Query("select t from LedgerTransfer t where t.voucherId = ?1 or t.fromAccountId = ?2 or t.toAccountId = ?2 order by t.id")
    List<LedgerTransfer> ofVoucher(Long voucherId, Long accountId);

    /** Per account: total received. */
    @Query("select t.toAccountId, sum(t.amount) from LedgerTransfer t group by t.toAccountId")
    List<Object[]> inflows();

    /** Per account: total sent. */
    @Query("select t.fromAccountId, sum(t.amount) from LedgerTransfer t group by t.fromAccountId")
    List<Object[]> outflows();

    @Query("select coalesce(sum(t.amount), 0) from LedgerTransfer t where t.programmeId = ?1 and t.reason = ?2")
    BigDecimal sumByReason(Long programmeId, TransferReason reason);

    @Query("select count(t) from LedgerTransfer t where t.voucherId = ?1 and t.reason = ?2")
    long countByVoucherAndReason(Long voucherId, TransferReason reason);
}
