package org.minga.participation.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A response to a survey, from its public link, a surveyor or an import: stored once per client UUID (a repeat is the
 * same response), with one {@link Answer} row per value. An anonymous survey keeps no name or contact.
 */
public record SurveyResponse(long surveyId, long surveyVersionId, long jurisdictionId, UUID clientUuid, String channel,
        String surveyor, long territoryId, String territoryPath, String groupName, String respondentName,
        String respondentContact, Instant answeredAt, List<Answer> answers) {

    /** One value of an answer: {@code item} is empty, a matrix row, or {@code _otro} for the text of "Otro". */
    public record Answer(String questionKey, String item, String value) {
    }

    public SurveyResponse {
        answers = List.copyOf(answers);
    }
}
