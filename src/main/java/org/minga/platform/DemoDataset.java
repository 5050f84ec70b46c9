package org.minga.platform;

/**
 * A named piece of demo data a module contributes. Each is loaded once, in {@link #order()}, only when
 * demo data is on ({@code MINGA_DEMO}, true by default); its name is remembered so it never loads twice.
 */
public interface DemoDataset {

    String name();

    /** Lower loads first; platform datasets use 0-99, territory 100-199, later modules above. */
    int order();

    void load();
}
