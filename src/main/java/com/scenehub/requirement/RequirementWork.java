package com.scenehub.requirement;

/** Counts of waiting requirement work for one user; -1 where the user has no such role. */
public record RequirementWork(long returned, long drafts, long toAnalyse, long toAssign, long toDecide) {
}
