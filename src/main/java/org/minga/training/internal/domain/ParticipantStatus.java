package org.minga.training.internal.domain;

import org.minga.platform.Labelled;

/** Where a participant stands in a programme: enrolled, or completed with a certificate. Its words: {@code enum.ParticipantStatus.*} in {@code i18n/training}. */
public enum ParticipantStatus implements Labelled {
    ENROLLED,
    COMPLETED;
}
