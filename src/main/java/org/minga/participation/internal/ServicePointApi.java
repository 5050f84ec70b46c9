package org.minga.participation.internal;

import java.net.URI;
import java.util.List;

import org.minga.participation.internal.ServicePointReadModel.PointView;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service point registry as JSON: points with their evidence, registering one, characterising its groups. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record ServicePointApi(ServicePoints service, ServicePointReadModel read, Scopes scopes) {

    record IdOnly(long id) {
    }

    @GetMapping("/api/v1/participation/service-points")
    List<PointView> points(@RequestParam(required = false) String jurisdiction) {
        return read.all(scopes.jurisdiction(jurisdiction, CurrentUsers.require()).id());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/participation/service-points")
    ResponseEntity<IdOnly> create(@RequestBody ServicePoints.NewPoint cmd) {
        long id = service.register(CurrentUsers.requireWriter(), cmd);
        return ResponseEntity.created(URI.create("/api/v1/participation/service-points/" + id)).body(new IdOnly(id));
    }

    @GetMapping("/api/v1/participation/service-points/{id}")
    PointView point(@PathVariable long id) {
        return service.point(CurrentUsers.require(), id);
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/participation/service-points/{id}/value-groups")
    PointView valueGroup(@PathVariable long id, @RequestBody ServicePoints.Characterisation cmd) {
        service.characterise(CurrentUsers.requireWriter(), id, cmd);
        return service.point(CurrentUsers.require(), id);
    }
}
