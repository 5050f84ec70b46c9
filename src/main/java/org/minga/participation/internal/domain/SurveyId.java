package org.minga.participation.internal.domain;

/** The identity of a {@link Survey}. */
public record SurveyId(long value) {
}
