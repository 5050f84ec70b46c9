package org.minga.participation.internal.domain;

/** The identity of a {@link SurveyResponse}. */
public record SurveyResponseId(long value) {
}
