package com.scenehub.referencedata;

/** The lists of reference data. Industry fields belong to an industry chain (two levels). */
public enum ReferenceKind {
    INDUSTRY_CHAIN, INDUSTRY_FIELD, SCENE_FIELD, ZONE_AREA, VOUCHER_CATEGORY
}
