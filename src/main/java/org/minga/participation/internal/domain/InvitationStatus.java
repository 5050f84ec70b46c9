package org.minga.participation.internal.domain;

import org.minga.platform.Labelled;

/** The confirmation of an invitee. Its words: {@code enum.InvitationStatus.*} in the participation bundles. */
public enum InvitationStatus implements Labelled {
    INVITED, CONFIRMED, DECLINED, NO_ANSWER
}
