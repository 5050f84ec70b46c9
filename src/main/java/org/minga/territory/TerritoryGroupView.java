package org.minga.territory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A saved group of territories that share needs, made by a clustering: other modules use it as a target group (the
 * barrios of a fair, the territories of a care route or a plan). {@code centroid} is the group's mean value of each
 * variable of the clustering, by variable code; {@code profile} says in words what sets the group apart.
 */
public record TerritoryGroupView(long id, long clusteringId, String clusteringName, long jurisdictionId, int number,
        String name, String profile, String method, String levelCode, int year, Map<String, BigDecimal> centroid,
        List<Member> members) {

    public TerritoryGroupView {
        centroid = Map.copyOf(centroid);
        members = List.copyOf(members);
    }

    /** A territory of the group. */
    public record Member(long territoryId, String code, String name) {
    }

    /** The ids of the group's territories. */
    public List<Long> territoryIds() {
        return members.stream().map(Member::territoryId).toList();
    }
}
