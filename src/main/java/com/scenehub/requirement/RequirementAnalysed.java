package com.scenehub.requirement;

/** The assigned expert wrote (or revised) the analysis; the managers may decide. */
public record RequirementAnalysed(Long requirementId, String title, String expertName) {
}
