package org.minga.training.internal.domain;

import org.minga.platform.Labelled;

/** How a programme is taught. Its words: {@code enum.Modality.*} in {@code i18n/training}. */
public enum Modality implements Labelled {
    IN_PERSON,
    VIRTUAL,
    BLENDED;
}
