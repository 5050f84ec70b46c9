package org.minga.practice.internal;

import java.time.OffsetDateTime;
import java.util.Map;

/** A good practice of public management (buena práctica), documented in a format: its metadata, the format version it is answered on, its answers and state. */
record GoodPractice(long id, long jurisdictionId, Long territoryId, long formatId, String title, String entityName,
        String entityActorRef, String sector, String process, int level, int year, PracticeStatus status,
        Map<String, Object> answers, String observations, Boolean shareAuthorized, String createdBy,
        OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
        int version) {

    public String levelLabel() {
        return level == 2 ? "Segundo nivel" : "Primer nivel";
    }
}
