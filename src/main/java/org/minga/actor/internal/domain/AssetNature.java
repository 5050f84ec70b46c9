package org.minga.actor.internal.domain;

import org.minga.platform.Labelled;

/** Whether a social asset belongs to the community or to an institution. Words: {@code enum.AssetNature.*}. */
public enum AssetNature implements Labelled {
    COMMUNITY,
    INSTITUTIONAL;
}
