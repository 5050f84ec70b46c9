package org.minga.virtual.internal.domain;

import org.minga.platform.Labelled;

/** The kinds of digital community seed 004 names. Its words: {@code enum.VirtualTerritoryKind.*} in {@code i18n/virtual}. */
public enum VirtualTerritoryKind implements Labelled {
    SOCIAL_NETWORK_GROUP,
    MESSAGING_COMMUNITY,
    WEB_CHANNEL,
    ONLINE_FORUM;
}
