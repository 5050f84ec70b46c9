package org.minga.participation.internal;

/** The custom part of {@link SurveyRepository}: the versions of a survey's questions, kept as JSON. */
interface SurveyStatements {

    void addVersion(long surveyId, int number, String questionsJson);

    /** Replaces the questions of the current version when it has no response yet; answers whether it did. */
    boolean replaceUnanswered(long surveyId, int number, String questionsJson);

    long versionId(long surveyId, int number);
}
