package com.scenehub.voucher;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerAccountRepository extends JpaRepository<LedgerAccount, Long> {

    @Query("select a.id from LedgerAccount a where a.programmeId = ?1 and a.kind = ?2 and a.ownerId = ?3")
    Optional<Long> findId(Long programmeId, AccountKind kind, Long ownerId);

    @Query("select a.balance from LedgerAccount a where a.id = ?1")
    BigDecimal balanceOf(Long accountId);

    List<LedgerAccount> findByProgrammeId(Long programmeId);

    @Query("select coalesce(sum(a.balance), 0) from LedgerAccount a where a.programmeId = ?1")
    BigDecimal sumBalances(Long programmeId);

    @Query("select coalesce(sum(a.balance), 0) from LedgerAccount a where a.programmeId = ?1 and a.kind = ?2")
    BigDecimal sumBalances(Long programmeId, AccountKind kind);

    @Query("select count(a) from LedgerAccount a where a.balance < 0")
    long countNegative();
}
