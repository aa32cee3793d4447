package com.scenehub.dashboard;

/** Optional narrowing of the managers' dashboard: a batch id, a scene field code, an industry chain code. */
public record DashboardFilter(Long batchId, String sceneField, String industryChain) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null);
}
