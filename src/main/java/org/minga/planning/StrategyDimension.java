package org.minga.planning;

import org.minga.platform.Labelled;

/**
 * The three ways a strategy classifies its work (seed 002): the population it prioritises (0-17 años, 18-26,
 * familias...), the scenario where it intervenes (comedores, colegios, CDI, hogares comunitarios, microterritorios)
 * and the category of rights it serves (existencia, desarrollo, ciudadanía, protección). Words:
 * {@code enum.StrategyDimension.*} in {@code i18n/planning}.
 */
public enum StrategyDimension implements Labelled {
    POPULATION, SCENARIO, RIGHT
}
