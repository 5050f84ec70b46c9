package org.minga.training.internal.domain;

import org.minga.platform.Labelled;

/** Who a training programme is for; also the role of a team, whose needed capacities the catalogue lists. Its words: {@code enum.Audience.*} in {@code i18n/training}. */
public enum Audience implements Labelled {
    OFFICIALS,
    EXTRAMURAL_TEAMS,
    SURVEYORS,
    SERVICE_POINT_STAFF,
    COMMUNITY_AGENTS,
    LOCAL_GOVERNMENTS;
}
