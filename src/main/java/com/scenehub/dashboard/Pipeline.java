package com.scenehub.dashboard;

/** The scene workflow funnel; {@code requirements} is -1 where the caller may not count them. */
public record Pipeline(long requirements, long opportunities, long proposals, long awards, long projects,
        long completed) {
}
