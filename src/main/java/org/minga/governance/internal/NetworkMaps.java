package org.minga.governance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.minga.actor.Actors;
import org.minga.actor.AssetPoint;
import org.minga.governance.internal.NetworkReadModel.MemberRow;
import org.minga.governance.internal.NetworkReadModel.NetworkView;
import org.minga.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The map of a network as GeoJSON (RFC 7946): a Point for each located social asset of its member actors
 * ({@code kind} "member", with the actor and the role it plays in the network) and for the other assets of its
 * territories ({@code kind} "asset"), plus the ids of its territories for the shapes and the member actors that
 * have no located asset. Actors and assets are public information: no person is on the map.
 */
@Component
record NetworkMaps(NetworkReadModel read, Actors actors, Access access) {

    static final int MAX_POINTS = 500;

    Map<String, Object> map(long id, CurrentUser user) {
        NetworkView n = access.requireVisible(read.byId(id), user, "la red " + id);
        Map<Long, MemberRow> members = new LinkedHashMap<>();
        read.members(id).stream().filter(m -> m.actorId() != null).forEach(m -> members.put(m.actorId(), m));
        List<AssetPoint> points = actors.locatedAssets(n.jurisdictionId(), members.keySet(), read.territoryPaths(id),
                MAX_POINTS);
        List<Map<String, Object>> features = new ArrayList<>();
        for (AssetPoint p : points) {
            MemberRow member = p.actorId() == null ? null : members.get(p.actorId());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kind", member == null ? "asset" : "member");
            properties.put("name", p.name());
            properties.put("code", p.code());
            properties.put("actorId", p.actorId());
            properties.put("actor", p.actorName());
            properties.put("role", member == null ? null : member.role());
            properties.put("territory", p.territoryName());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", p.id());
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(p.longitude(), p.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Set<Long> located = points.stream().map(AssetPoint::actorId).filter(a -> a != null)
                .collect(Collectors.toSet());
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("network", n.code());
        collection.put("territories", read.territoryIds(id));
        collection.put("unlocatedMembers", members.values().stream().filter(m -> !located.contains(m.actorId()))
                .map(MemberRow::actorName).toList());
        collection.put("features", features);
        return collection;
    }
}
