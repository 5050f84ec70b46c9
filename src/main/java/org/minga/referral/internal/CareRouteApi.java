package org.minga.referral.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdictions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Care routes and their application to people, as JSON. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record CareRouteApi(CareRouteService routes, CareRouteProposals proposals, Jurisdictions jurisdictions) {

    @GetMapping("/api/v1/care-routes")
    List<CareRouteViews.RouteView> list(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        return routes.routes(jurisdictions.namedOrOwn(jurisdiction, user));
    }

    /** A route in the version in force, or in {@code version}. */
    @GetMapping("/api/v1/care-routes/{id:\\d+}")
    CareRouteViews.RouteView get(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return routes.requireRoute(id, version, CurrentUsers.require());
    }

    /** Revises a route: the steps given become its next version, in force from now on. */
    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PutMapping("/api/v1/care-routes/{id:\\d+}")
    CareRouteViews.RouteView revise(@PathVariable long id, @RequestBody CareRouteViews.RouteCommand c) {
        return routes.revise(id, c, CurrentUsers.requireWriter());
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/api/v1/care-routes")
    ResponseEntity<CareRouteViews.RouteView> create(@RequestParam(required = false) String jurisdiction,
            @RequestBody CareRouteViews.RouteCommand c) {
        CurrentUser user = CurrentUsers.requireWriter();
        CareRouteViews.RouteView v = routes.create(jurisdictions.namedOrOwn(jurisdiction, user), c, user);
        return ResponseEntity.created(URI.create("/api/v1/care-routes/" + v.id())).body(v);
    }

    /** What a community priority gives a route proposed from it (name, population, territory). */
    @Requires(Capability.RUN_PARTICIPATION)
    @GetMapping("/api/v1/care-routes/proposals/prefill")
    CareRouteViews.Prefill prefill(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String priority) {
        CurrentUser user = CurrentUsers.require();
        return proposals.prefill(jurisdictions.namedOrOwn(jurisdiction, user), priority, user);
    }

    /** A route proposed from a community priority: proposed until approved, then applied as any other. */
    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/care-routes/proposals")
    ResponseEntity<CareRouteViews.RouteView> propose(@RequestParam(required = false) String jurisdiction,
            @RequestBody CareRouteViews.ProposalCommand c) {
        CurrentUser user = CurrentUsers.requireWriter();
        CareRouteViews.RouteView v = proposals.propose(jurisdictions.namedOrOwn(jurisdiction, user), c, user);
        return ResponseEntity.created(URI.create("/api/v1/care-routes/" + v.id())).body(v);
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/api/v1/care-routes/{id:\\d+}/approve")
    CareRouteViews.RouteView approve(@PathVariable long id) {
        return proposals.approve(id, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/care-routes/{id:\\d+}/applications")
    ResponseEntity<CareRouteViews.ApplicationView> apply(@PathVariable long id,
            @RequestBody CareRouteViews.ApplyCommand c) {
        CareRouteViews.ApplicationView v = routes.apply(id, c, CurrentUsers.requireWriter());
        return ResponseEntity.created(URI.create("/api/v1/care-routes/applications/" + v.id())).body(v);
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/care-routes/applications/{id:\\d+}")
    CareRouteViews.ApplicationView application(@PathVariable long id) {
        return routes.application(id, CurrentUsers.require());
    }
}
