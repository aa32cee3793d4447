package com.scenehub.voucher;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderUseRepository extends JpaRepository<OrderUse, OrderUse.Key> {

    List<OrderUse> findByKeyOrderIdOrderByKeyVoucherId(Long orderId);

    List<OrderUse> findByKeyVoucherId(Long voucherId);
}
