package com.scenehub.supply;

/** DRAFT → SUBMITTED → LISTED | RETURNED | REJECTED; LISTED → DELISTED. RETURNED is edited and resubmitted. */
public enum SupplyItemStatus {
    DRAFT, SUBMITTED, LISTED, RETURNED, REJECTED, DELISTED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
