package org.minga.planning.internal;

import org.minga.planning.IndicatorDirection;
import org.minga.platform.Labelled;

/**
 * Progress of an indicator towards its target, from its baseline, and the traffic light: green from 90 %,
 * yellow from 60 %, red below. For "lower is better" the progress is how much of the planned fall happened.
 */
record Progress(Double percent, Light light) {

    /** The traffic light; its words in the bundles ({@code enum.Light.*}). */
    enum Light implements Labelled {
        VERDE, AMARILLO, ROJO, SIN_DATO
    }

    static Progress of(Double baseline, Double target, Double actual, IndicatorDirection direction) {
        if (target == null || actual == null) {
            return new Progress(null, Light.SIN_DATO);
        }
        double pct;
        double base = baseline == null ? (direction == IndicatorDirection.LOWER_IS_BETTER ? actual : 0) : baseline;
        double planned = direction == IndicatorDirection.HIGHER_IS_BETTER ? target - base : base - target;
        double achieved = direction == IndicatorDirection.HIGHER_IS_BETTER ? actual - base : base - actual;
        if (planned == 0) {
            boolean met = direction == IndicatorDirection.HIGHER_IS_BETTER ? actual >= target : actual <= target;
            pct = met ? 100 : 0;
        } else {
            pct = 100 * achieved / planned;
        }
        pct = Math.max(0, pct);
        Light light = pct >= 90 ? Light.VERDE : pct >= 60 ? Light.AMARILLO : Light.ROJO;
        return new Progress(Math.round(pct * 10) / 10.0, light);
    }
}
