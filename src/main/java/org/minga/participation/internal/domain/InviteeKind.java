package org.minga.participation.internal.domain;

import org.minga.platform.Labelled;

/** Who is invited: an actor (leader or organisation), a person, a value group or someone else. Its words: {@code enum.InviteeKind.*} in the participation bundles. */
public enum InviteeKind implements Labelled {
    ACTOR, PERSON, VALUE_GROUP, OTHER
}
