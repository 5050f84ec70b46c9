package org.minga.practice.internal;

import java.util.Map;

/**
 * A new practice (a draft): the format, the jurisdiction that owns it and its metadata; answers optional
 * (an imported JSON document brings them). {@code shareAuthorized} is used when the format has no question for it.
 */
record NewPractice(Long formatId, String jurisdiction, String title, String entityName, String sector,
        String process, Integer year, Long territoryId, Boolean shareAuthorized, Map<String, Object> answers) {
}
