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
import org.minga.governance.internal.domain.Network;
import org.minga.offer.ServiceLocations;
import org.minga.offer.ServiceLocations.ServicePoint;
import org.minga.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The map of a network as GeoJSON (RFC 7946): a Point for each located social asset of its member actors
 * ({@code kind} "member", with the actor and the role it plays in the network) and for the other assets of its
 * territories ({@code kind} "asset"), plus the ids of its territories for the shapes and the member actors that
 * have no located asset. The social assets the network ties are {@code kind} "social-asset", the places of the
 * services it ties "service". Actors, assets and service places are public information: no person is on the map.
 */
@Component
record NetworkMaps(NetworkReadModel read, Actors actors, ServiceLocations services, Access access) {

    static final int MAX_POINTS = 500;

    Map<String, Object> map(long id, CurrentUser user) {
        NetworkView n = access.requireVisible(read.byId(id), user, "la red " + id);
        Map<Long, MemberRow> members = new LinkedHashMap<>();
        read.members(id).stream().filter(m -> m.actorId() != null).forEach(m -> members.put(m.actorId(), m));
        List<Network.NetworkLink> links = read.links(id);
        List<AssetPoint> tied = actors.assetPoints(n.jurisdictionId(), tiedIds(links, "social-asset"));
        Set<Long> tiedIds = tied.stream().map(AssetPoint::id).collect(Collectors.toSet());
        List<AssetPoint> points = new ArrayList<>(tied);
        actors.locatedAssets(n.jurisdictionId(), members.keySet(), read.territoryPaths(id), MAX_POINTS).stream()
                .filter(p -> !tiedIds.contains(p.id())).forEach(points::add);
        List<Map<String, Object>> features = new ArrayList<>();
        for (AssetPoint p : points) {
            MemberRow member = p.actorId() == null ? null : members.get(p.actorId());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kind", tiedIds.contains(p.id()) ? "social-asset" : member == null ? "asset" : "member");
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
        for (ServicePoint p : services.located(n.jurisdictionId(), tiedIds(links, "service"), MAX_POINTS)) {
            features.add(service(p));
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

    private static List<Long> tiedIds(List<Network.NetworkLink> links, String kind) {
        return links.stream().filter(l -> l.kind().equals(kind)).map(Network.NetworkLink::targetId).toList();
    }

    /** A place where a service the network ties is attended ({@code kind} "service"). */
    private static Map<String, Object> service(ServicePoint p) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", "service");
        properties.put("name", p.serviceName());
        properties.put("code", p.serviceCode());
        properties.put("place", p.name());
        properties.put("address", p.address());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", "service-location-" + p.locationId());
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(p.longitude(), p.latitude())));
        feature.put("properties", properties);
        return feature;
    }
}
