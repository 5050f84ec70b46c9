package org.minga.participation.internal.domain;

import org.minga.platform.ValidationException;

/**
 * What kind of participation space a space is, with what that kind needs: a citizen {@link Dialogue} or a
 * territorial or thematic {@link Workshop}. Stored in the space's {@code kind}, {@code service_point} and
 * {@code theme}.
 */
public sealed interface SpaceFormat permits Dialogue,Workshop {

    SpaceKind kind();

    /** The service point where it is held; null when none is named. */
    String servicePoint();

    /** Its theme; null when none is named. */
    String theme();

    /** The format of a space of {@code kind}; refuses (on the field) what that kind lacks. */
    static SpaceFormat of(SpaceKind kind, String servicePoint, String theme) {
        return kind == SpaceKind.DIALOGUE ? new Dialogue(servicePoint, theme)
                : new Workshop(kind == SpaceKind.THEMATIC_WORKSHOP, theme, servicePoint);
    }
}
