package com.scenehub.matching;

/** What a match document stands for. */
public enum MatchKind {
    SUPPLY_ITEM, PROVIDER, REQUIREMENT, OPPORTUNITY
}
