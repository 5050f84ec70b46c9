package org.minga.participation.internal.domain;

import org.minga.platform.Labelled;

/** How much say the participants have in a space (seed 003). Its words: {@code enum.ParticipationLevel.*} in the participation bundles. */
public enum ParticipationLevel implements Labelled {
    INFORMATIVO, CONSULTIVO, DELIBERATIVO, COGESTION
}
