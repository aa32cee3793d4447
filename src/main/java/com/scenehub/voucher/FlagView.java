package com.scenehub.voucher;

import java.time.Instant;
import java.util.List;

/** An integrity flag with its reason's figures (translated by key {@code voucher.flag.<kind>}). */
public record FlagView(Long id, FlagKind kind, Long orderId, Long enterpriseId, String enterpriseName, Long agencyId,
        String agencyName, List<String> arguments, Instant createdAt) {
}
