package com.scenehub.supply;

/** What a provider offers. */
public enum SupplyItemKind {
    PRODUCT, SOLUTION, CAPABILITY
}
