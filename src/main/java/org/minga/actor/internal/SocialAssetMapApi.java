package org.minga.actor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.actor.internal.SocialAssetService.AssetView;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Requires;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The social-assets map as GeoJSON (RFC 7946, issue 18): a FeatureCollection of the located assets in the user's
 * scope, each a Point at [longitude, latitude] with its name, kind, nature, actor, territory and address, so QGIS,
 * Leaflet or any GIS reads the layer as it is; the map page draws it the same way.
 */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record SocialAssetMapApi(ActorService actors, SocialAssetService assets, Territories territories, Labels labels) {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    @GetMapping(value = "/api/v1/social-assets/map", produces = {"application/geo+json", "application/json"})
    ResponseEntity<Map<String, Object>> map(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Long territory) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = actors.jurisdiction(jurisdiction, user);
        TerritoryView where = territory == null ? null : territories.requireVisible(territory, user);
        List<Map<String, Object>> features = new ArrayList<>();
        for (int p = 0;; p++) {
            PageResult<AssetView> page = assets.list(j.id(), where, territories.scopeOf(user), null, true,
                    new PageRequest(p, PageResult.MAX_SIZE));
            page.items().forEach(a -> features.add(feature(a)));
            if (!page.hasNext()) {
                break;
            }
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("jurisdiction", j.code());
        collection.put("features", features);
        return ResponseEntity.ok().contentType(GEO_JSON).body(collection);
    }

    private Map<String, Object> feature(AssetView a) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", a.id());
        properties.put("code", a.code());
        properties.put("name", a.name());
        properties.put("kind", a.kind() == null ? null : labels.spanish(a.kind()));
        properties.put("nature", a.nature() == null ? null : labels.spanish(a.nature()));
        properties.put("actor", a.actorName());
        properties.put("territory", a.territoryName());
        properties.put("territoryCode", a.territoryCode());
        properties.put("address", a.address());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", a.id());
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(a.longitude(), a.latitude())));
        feature.put("properties", properties);
        return feature;
    }
}
