package org.minga.virtual.internal.domain;

import org.minga.platform.Labelled;

/** Who registered an attendance to an online session. Its words: {@code enum.AttendanceChannel.*} in {@code i18n/virtual}. */
public enum AttendanceChannel implements Labelled {
    /** The attendee, through the session's public form: an anonymous tick, no personal datum. */
    PUBLIC_FORM,
    /** The facilitator, naming a person whose authorization allows it. */
    FACILITATOR;
}
