package com.scenehub.matching;

import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Builds match sources for tests, with source ids no other test uses. */
final class MatchingFixtures {

    private static final AtomicLong IDS = new AtomicLong(7_000_000);

    private MatchingFixtures() {
    }

    static long nextId() {
        return IDS.incrementAndGet();
    }

    static MatchSource item(Long provider, String providerName, boolean listed, String title, String text, String scene,
            String field, Integer priceMin, Integer priceMax, Integer trl, int completed) {
        return MatchSource.supplyItem(nextId(), provider, providerName, listed, title, text,
                scene == null ? Set.of() : Set.of(scene), field == null ? Set.of() : Set.of(field), "CORE_SOUTH",
                money(priceMin), money(priceMax), trl, completed, 0);
    }

    static MatchSource requirement(Long owner, String title, String text, String scene, String field, Integer budgetMin,
            Integer budgetMax) {
        return new MatchSource(MatchKind.REQUIREMENT, nextId(), owner, "需求方", Visibility.OWNER_ONLY, title, text,
                scene == null ? Set.of() : Set.of(scene), field == null ? Set.of() : Set.of(field), "CORE_SOUTH",
                money(budgetMin), money(budgetMax), null, 0, 0);
    }

    static MatchSource opportunity(Long owner, String title, String text, String scene, String field, Integer budget) {
        return new MatchSource(MatchKind.OPPORTUNITY, nextId(), owner, "需求方", Visibility.PUBLIC, title, text,
                scene == null ? Set.of() : Set.of(scene), field == null ? Set.of() : Set.of(field), "CORE_SOUTH",
                money(budget), money(budget), null, 0, 0);
    }

    static BigDecimal money(Integer yuan) {
        return yuan == null ? null : BigDecimal.valueOf(yuan.longValue());
    }
}
