package org.minga.virtual.internal.domain;

import org.minga.platform.Labelled;

/** What a steward of a virtual territory does. Its words: {@code enum.StewardRole.*} in {@code i18n/virtual}. */
public enum StewardRole implements Labelled {
    ADMINISTRATOR,
    MODERATOR;
}
