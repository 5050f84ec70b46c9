package org.minga.participation.internal.domain;

import org.minga.platform.Labelled;

/** Where a survey stands: only an OPEN survey takes responses. Its words: {@code enum.SurveyStatus.*} in the participation bundles. */
public enum SurveyStatus implements Labelled {
    DRAFT, OPEN, CLOSED
}
