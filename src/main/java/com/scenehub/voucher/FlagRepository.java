package com.scenehub.voucher;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FlagRepository extends JpaRepository<Flag, Long> {

    List<Flag> findAllByOrderByIdDesc();

    boolean existsByKindAndOrderId(FlagKind kind, Long orderId);

    List<Flag> findByOrderId(Long orderId);
}
