package com.scenehub.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** How much of one voucher an order reserved (so a release or rejection returns it to the right voucher). */
@Entity
@Table(name = "voucher_order_use")
class OrderUse {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private BigDecimal amount;

    protected OrderUse() {
    }

    OrderUse(Long orderId, Long voucherId, BigDecimal amount) {
        this.key = new Key(orderId, voucherId);
        this.amount = amount;
    }

    Long orderId() {
        return key.orderId;
    }

    Long voucherId() {
        return key.voucherId;
    }

    BigDecimal amount() {
        return amount;
    }

    @Embeddable
    record Key(@Column(name = "order_id") Long orderId, @Column(name = "voucher_id") Long voucherId)
            implements Serializable {
    }
}
