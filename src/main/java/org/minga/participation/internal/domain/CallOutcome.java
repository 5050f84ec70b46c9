package org.minga.participation.internal.domain;

import org.minga.platform.Labelled;

/** What a phone call to an invitee gave; all but CALL_BACK set the confirmation. Its words: {@code enum.CallOutcome.*} in the participation bundles. */
public enum CallOutcome implements Labelled {
    CONFIRMED, DECLINED, NO_ANSWER, CALL_BACK
}
