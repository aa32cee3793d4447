package com.scenehub.voucher;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface VoucherOrderRepository extends JpaRepository<VoucherOrder, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from VoucherOrder o where o.id = ?1")
    Optional<VoucherOrder> lockById(Long id);

    Optional<VoucherOrder> findByRequestKey(String requestKey);

    List<VoucherOrder> findByEnterpriseIdOrderByIdDesc(Long enterpriseId);

    List<VoucherOrder> findByAgencyIdOrderByIdDesc(Long agencyId);

    List<VoucherOrder> findByProgrammeIdOrderByIdDesc(Long programmeId);

    long countByAgencyIdAndStatus(Long agencyId, OrderStatus status);

    long countByEnterpriseIdAndStatus(Long enterpriseId, OrderStatus status);
}
