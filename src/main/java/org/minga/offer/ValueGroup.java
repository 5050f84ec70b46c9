package org.minga.offer;

import org.minga.platform.Labelled;

/**
 * Population groups a service may be reserved for (grupos poblacionales). Its words: {@code enum.PopulationGroup.*} in the offer's bundles, read with
 * {@code platform.Labels}.
 */
public enum PopulationGroup implements Labelled {
    OLDER_PERSONS,
    CONFLICT_VICTIMS,
    MIGRANTS,
    DISABILITY,
    ETHNIC_GROUPS,
    PREGNANT,
    CHILDREN,
    YOUTH,
    HEAD_OF_HOUSEHOLD,
    CAREGIVERS,
    LGBTIQ,
    HOMELESS,
    RURAL;
}
