package org.minga.offer;

import org.minga.platform.Labelled;

/**
 * What a person needs, as the public directory asks it. Its words: {@code enum.Need.*} in the offer's bundles, read with
 * {@code platform.Labels}.
 */
public enum Need implements Labelled {
    INCOME,
    HEALTH,
    LEGAL,
    EDUCATION,
    PSYCHOSOCIAL,
    CULTURE_RECREATION,
    HOUSING,
    FOOD,
    EMPLOYMENT,
    PROCEDURES,
    CARE,
    PETS;

    /**
     * A need that reveals sensitive data (Ley 1581 de 2012, art. 5): health, psychosocial support (violence and
     * mental-health routes) and care (disability, dependency). Sharing it needs an authorization that covers
     * sensitive data.
     */
    public boolean sensitive() {
        return this == HEALTH || this == PSYCHOSOCIAL || this == CARE;
    }

}
