package com.scenehub.voucher;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RedemptionRepository extends JpaRepository<Redemption, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Redemption r where r.id = ?1")
    Optional<Redemption> lockById(Long id);

    /** The order's latest redemption (an order has one per filing attempt). */
    Optional<Redemption> findFirstByOrderIdOrderByAttemptDesc(Long orderId);

    List<Redemption> findByAgencyIdOrderByIdDesc(Long agencyId);

    List<Redemption> findByStatusOrderByIdAsc(RedemptionStatus status);

    List<Redemption> findAllByOrderByIdDesc();

    long countByStatus(RedemptionStatus status);

    long countByAgencyIdAndStatus(Long agencyId, RedemptionStatus status);
}
