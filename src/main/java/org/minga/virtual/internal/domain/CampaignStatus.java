package org.minga.virtual.internal.domain;

import org.minga.platform.Labelled;

/** Where a campaign stands. Its words: {@code enum.CampaignStatus.*} in {@code i18n/virtual}. */
public enum CampaignStatus implements Labelled {
    PLANNED,
    RUNNING,
    CLOSED;
}
