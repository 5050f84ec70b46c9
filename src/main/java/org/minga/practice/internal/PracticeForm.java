package org.minga.practice.internal;

import java.util.Map;

/**
 * What an author sends: the practice's metadata and the answers. {@code version} is the version the author
 * started from, so a concurrent change is detected; {@code autosave} saves without keeping a version.
 */
record PracticeForm(Integer version, String title, String entityName, String sector, String process, Integer year,
        Long territoryId, Boolean shareAuthorized, Map<String, Object> answers, boolean autosave) {
}
