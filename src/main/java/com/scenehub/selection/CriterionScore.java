package com.scenehub.selection;

import java.math.BigDecimal;

/** An expert's points for one criterion (0 to the criterion's weight) and the comment. */
public record CriterionScore(int criterionIndex, BigDecimal points, String comment) {
}
