package org.minga.training.internal.domain;

import org.minga.platform.Labelled;

/** A visit to a territory or a longer accompaniment of a local government. Its words: {@code enum.AssistanceKind.*} in {@code i18n/training}. */
public enum AssistanceKind implements Labelled {
    VISIT,
    ACCOMPANIMENT;
}
