package org.minga.territory.internal.grouping;

import java.net.URI;
import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.Requires;
import org.minga.territory.TerritoryGroupView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Groups of territories by shared needs as JSON: make a clustering, read one, list a jurisdiction's groups. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record GroupingApi(GroupingService service, Jurisdictions jurisdictions) {

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/api/v1/territories/clusterings")
    ResponseEntity<ClusteringView> cluster(@RequestBody ClusteringRequest request) {
        ClusteringView made = service.cluster(request, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/territories/clusterings/" + made.id())).body(made);
    }

    @GetMapping("/api/v1/territories/clusterings/{id}")
    ClusteringView clustering(@PathVariable long id) {
        return service.require(id, CurrentUsers.require());
    }

    /** The saved groups of a jurisdiction (the user's own when none is named), newest clustering first. */
    @GetMapping("/api/v1/territories/groups")
    List<TerritoryGroupView> groups(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        return service.of(jurisdictions.namedOrOwn(jurisdiction, user).id(), user);
    }

    @GetMapping("/api/v1/territories/groups/{id}")
    TerritoryGroupView group(@PathVariable long id) {
        return service.byId(id, CurrentUsers.require())
                .orElseThrow(() -> new NotFoundException("No existe el grupo de territorios " + id + "."));
    }
}
