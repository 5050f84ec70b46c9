package org.minga.planning.internal;

import org.minga.planning.Direction;

/**
 * Progress of an indicator towards its target, from its baseline, and the traffic light: green from 90 %,
 * yellow from 60 %, red below. For "lower is better" the progress is how much of the planned fall happened.
 */
record Progress(Double percent, Light light) {

    enum Light {
        VERDE("Cumple o va en camino"), AMARILLO("Avance parcial"), ROJO("Rezagado"), SIN_DATO("Sin dato");

        private final String label;

        Light(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static Progress of(Double baseline, Double target, Double actual, Direction direction) {
        if (target == null || actual == null) {
            return new Progress(null, Light.SIN_DATO);
        }
        double pct;
        double base = baseline == null ? (direction == Direction.LOWER_IS_BETTER ? actual : 0) : baseline;
        double planned = direction == Direction.HIGHER_IS_BETTER ? target - base : base - target;
        double achieved = direction == Direction.HIGHER_IS_BETTER ? actual - base : base - actual;
        if (planned == 0) {
            boolean met = direction == Direction.HIGHER_IS_BETTER ? actual >= target : actual <= target;
            pct = met ? 100 : 0;
        } else {
            pct = 100 * achieved / planned;
        }
        pct = Math.max(0, pct);
        Light light = pct >= 90 ? Light.VERDE : pct >= 60 ? Light.AMARILLO : Light.ROJO;
        return new Progress(Math.round(pct * 10) / 10.0, light);
    }
}
