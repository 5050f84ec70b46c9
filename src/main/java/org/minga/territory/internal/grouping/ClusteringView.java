package org.minga.territory.internal.grouping;

import java.time.Instant;
import java.util.List;

import org.minga.territory.TerritoryGroupView;

/**
 * A saved clustering as people and the API read it: how it was made (level, year, variables, method and seed), its
 * groups with their territories, and the territories left out for lack of data.
 */
public record ClusteringView(long id, long jurisdictionId, String jurisdictionCode, String name, String levelCode,
        String levelName, int year, int groupCount, String method, long seed, List<VariableRef> variables,
        List<String> notes, List<Unassigned> unassigned, String createdBy, Instant createdAt,
        List<TerritoryGroupView> groups) {

    public ClusteringView {
        variables = List.copyOf(variables);
        notes = List.copyOf(notes);
        unassigned = List.copyOf(unassigned);
        groups = List.copyOf(groups);
    }

    /** A variable the clustering used. */
    public record VariableRef(String code, String name, String unit) {
    }

    /** A territory left out: it lacks a value of these variables for the year. */
    public record Unassigned(long id, String code, String name, List<String> missing) {
    }

    /** How many territories the groups hold. */
    public int grouped() {
        return groups.stream().mapToInt(g -> g.members().size()).sum();
    }
}
