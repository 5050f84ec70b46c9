package org.minga.participation.internal.domain;

import org.minga.platform.Labelled;

/** The kind of a participation space: a citizen dialogue or a territorial or thematic workshop. Its words: {@code enum.SpaceKind.*} in the participation bundles. */
public enum SpaceKind implements Labelled {
    DIALOGUE, TERRITORIAL_WORKSHOP, THEMATIC_WORKSHOP
}
