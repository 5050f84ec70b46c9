package org.minga.territory.internal.geometry;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.territory.LocatedTerritory;
import org.minga.territory.TerritoryLocator;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Shapes as GeoJSON and "which territory is this point in". */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1/territories")
record GeometryApiController(GeometryExport export, TerritoryLocator locator, Jurisdictions jurisdictions) {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    /** The deepest territory in scope containing the point, with its ancestors. */
    @GetMapping("/locate")
    LocatedTerritory locate(@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
            @RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        JtsTerritoryLocator.checkPoint(lat, lon);
        Long jurisdictionId = jurisdiction == null || jurisdiction.isBlank() ? null
                : jurisdictions.requireVisible(jurisdiction.strip(), user).id();
        return locator.locate(lat, lon, jurisdictionId, user).orElseThrow(() -> new NotFoundException(
                "Ningún territorio de su alcance con geometría contiene el punto (" + lat + ", " + lon + ")."));
    }

    /** The shapes of a jurisdiction, optionally of one level and under one parent, as a FeatureCollection. */
    @GetMapping("/geometry")
    ResponseEntity<String> collection(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) Long parent,
            @RequestParam(required = false) Double simplify) {
        return ResponseEntity.ok().contentType(GEO_JSON)
                .body(export.collection(jurisdiction, level, parent, simplify, CurrentUsers.require()));
    }

    /** One territory's shape as a Feature. */
    @GetMapping("/{id}/geometry")
    ResponseEntity<String> feature(@PathVariable long id) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(export.feature(id, CurrentUsers.require()));
    }
}
