package org.minga.territory.internal.grouping;

import java.util.List;

/**
 * What to group: the territories of {@code level} in the jurisdiction (the user's own when blank) on the values of
 * {@code variables} for {@code year} (the latest year with values when null), in {@code groups} groups (2 to 12).
 */
public record ClusteringRequest(String jurisdiction, String level, Integer year, List<String> variables,
        Integer groups, String name) {
}
