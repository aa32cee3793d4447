package com.scenehub.shared.spi;

/**
 * A capability's part of the demo zone. The demo loader runs every contribution once, in
 * {@link #order()}, on the first start of the default profile; records are marked as demo data.
 */
public interface DemoDataContribution {

    /** Lower runs first; organisations and accounts are 0. */
    int order();

    void load();
}
