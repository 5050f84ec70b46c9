package org.minga.virtual.internal;

import java.net.URI;
import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.minga.virtual.internal.VirtualViews.VirtualTerritoryRow;
import org.minga.virtual.internal.VirtualViews.VirtualTerritoryView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Virtual territories and their reach as JSON: bind, call one service, answer. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record VirtualTerritoryApi(VirtualTerritories territories, VirtualTerritoryQueries queries) {

    @GetMapping("/api/v1/virtual-territories")
    List<VirtualTerritoryRow> list() {
        return queries.list(CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/virtual-territories")
    ResponseEntity<VirtualTerritoryView> register(@RequestBody VirtualTerritories.RegisterCommand c) {
        long id = territories.register(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/virtual-territories/" + id))
                .body(queries.one(id, CurrentUsers.require()));
    }

    @GetMapping("/api/v1/virtual-territories/{id}")
    VirtualTerritoryView one(@PathVariable long id) {
        return queries.one(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/virtual-territories/{id}")
    VirtualTerritoryView revise(@PathVariable long id, @RequestBody VirtualTerritories.RegisterCommand c) {
        territories.revise(id, c, CurrentUsers.require());
        return queries.one(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/virtual-territories/{id}/reach")
    VirtualTerritoryView recordReach(@PathVariable long id, @RequestBody VirtualTerritories.ReachCommand c) {
        territories.recordReach(id, c, CurrentUsers.require());
        return queries.one(id, CurrentUsers.require());
    }
}
