package com.scenehub.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The public notice (公示) of a proposed winner: who, the price, the period, and objections as resolved. */
public record PublicNotice(Long opportunityId, String opportunityTitle, String winnerName, BigDecimal price,
        LocalDate noticeStarts, LocalDate noticeEnds, boolean objectionsOpen, boolean finalised,
        List<ObjectionView> objections) {
}
