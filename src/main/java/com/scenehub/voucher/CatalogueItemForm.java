package com.scenehub.voucher;

import java.math.BigDecimal;

/** What an agency enters for a catalogue service. */
public record CatalogueItemForm(String categoryCode, String title, String description, BigDecimal listPrice,
        int deliveryDays) {
}
