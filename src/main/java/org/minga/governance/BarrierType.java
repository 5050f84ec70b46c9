package org.minga.governance;

import org.minga.platform.Labelled;

/**
 * The kinds of barriers to sectoral and intersectoral action (seed 004). Their words: {@code enum.BarrierType.*} in
 * {@code i18n/governance*.properties}.
 */
public enum BarrierType implements Labelled {
    REGULATORY,
    BUDGETARY,
    ADMINISTRATIVE,
    INFORMATION,
    ACCESS,
    COORDINATION
}
