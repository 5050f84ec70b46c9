package org.minga.offer;

import org.minga.platform.Labelled;

/**
 * Value groups (grupos de valor, also called grupos poblacionales): the population groups a service may be reserved
 * for, and a participation space may invite. Its words: {@code enum.ValueGroup.*} in the offer's bundles, read with
 * {@code platform.Labels}.
 */
public enum ValueGroup implements Labelled {
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
