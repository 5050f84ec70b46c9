package org.minga.household.internal.care;

import org.minga.platform.Labelled;

/**
 * What an agreed action cares for: the people (GENERAL) or the environment of a home or a setting (water and
 * sanitation, waste, air and noise, vectors and zoonoses, safe spaces). Stored by name; its words are in the bundles.
 */
public enum CareActionCategory implements Labelled {
    GENERAL, AGUA_SANEAMIENTO, RESIDUOS, AIRE_RUIDO, VECTORES_ZOONOSIS, ESPACIO_SEGURO;

    /** An environmental care action (seed 004: entornos cuidadores, environment included). */
    public boolean environmental() {
        return this != GENERAL;
    }
}
