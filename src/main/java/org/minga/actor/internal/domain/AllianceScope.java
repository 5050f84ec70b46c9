package org.minga.actor.internal.domain;

import org.minga.platform.Labelled;

/** Whether an alliance joins dependencies of one organisation or different organisations. Words: {@code enum.AllianceScope.*}. */
public enum AllianceScope implements Labelled {
    INTERNAL,
    EXTERNAL;
}
