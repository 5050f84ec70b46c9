package org.minga.governance.internal;

import java.util.List;
import java.util.Map;

import org.minga.governance.internal.Leaderships.LeadershipForm;
import org.minga.governance.internal.Leaderships.LeadershipView;
import org.minga.governance.internal.Leaderships.StepForm;
import org.minga.governance.internal.NetworkLinks.LinkForm;
import org.minga.governance.internal.NetworkLinks.TiedRecord;
import org.minga.governance.internal.NetworkReadModel.MeetingView;
import org.minga.governance.internal.NetworkReadModel.NetworkView;
import org.minga.governance.internal.Networks.MemberForm;
import org.minga.governance.internal.Networks.NetworkDetail;
import org.minga.governance.internal.Networks.NetworkForm;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Networks (Redes MAS Bienestar) and the inventory of community leaderships, as data. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record NetworkApi(Networks networks, NetworkMeetings meetings, NetworkMaps maps, Leaderships leaderships,
        NetworkLinks links, Access access) {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    /** Stepping down, against the version read. */
    record VersionForm(Integer version) {
    }

    @GetMapping("/api/v1/networks")
    List<NetworkView> networks(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        return networks.list(access.jurisdiction(jurisdiction, user), user);
    }

    @GetMapping("/api/v1/networks/{id}")
    NetworkDetail network(@PathVariable long id) {
        return networks.detail(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/api/v1/networks")
    @ResponseStatus(HttpStatus.CREATED)
    NetworkView create(@RequestBody NetworkForm form) {
        return networks.create(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/api/v1/networks/{id}/members")
    NetworkDetail join(@PathVariable long id, @RequestBody MemberForm form) {
        return networks.join(id, form, CurrentUsers.requireWriter());
    }

    /** The social assets, services and care routes the network ties together. */
    @GetMapping("/api/v1/networks/{id}/links")
    List<TiedRecord> links(@PathVariable long id) {
        return networks.detail(id, CurrentUsers.require()).ties();
    }

    /** The network ties a social asset, a service or a care route of its jurisdiction. */
    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/api/v1/networks/{id}/links")
    List<TiedRecord> tie(@PathVariable long id, @RequestBody LinkForm form) {
        return links.tie(id, form, CurrentUsers.requireWriter());
    }

    /** The network no longer ties the record (against the version read). */
    @Requires(Capability.RUN_GOVERNANCE)
    @DeleteMapping("/api/v1/networks/{id}/links")
    List<TiedRecord> untie(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long targetId, @RequestParam(required = false) Integer version) {
        return links.untie(id, new LinkForm(kind, targetId, null, version), CurrentUsers.requireWriter());
    }

    @GetMapping("/api/v1/networks/{id}/meetings")
    List<MeetingView> meetings(@PathVariable long id) {
        return meetings.list(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/api/v1/networks/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingView recordMeeting(@PathVariable long id, @RequestBody NetworkMeetings.MeetingForm form) {
        return meetings.record(id, form, CurrentUsers.requireWriter());
    }

    /** The network map as GeoJSON: its member actors' and its territories' located assets. */
    @GetMapping(value = "/api/v1/networks/{id}/map", produces = {"application/geo+json", "application/json"})
    ResponseEntity<Map<String, Object>> map(@PathVariable long id) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(maps.map(id, CurrentUsers.require()));
    }

    @GetMapping("/api/v1/leaderships")
    List<LeadershipView> leaderships(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Boolean emerging) {
        CurrentUser user = CurrentUsers.require();
        return leaderships.list(access.jurisdiction(jurisdiction, user), user, Boolean.TRUE.equals(emerging));
    }

    @GetMapping("/api/v1/leaderships/{id}")
    LeadershipView leadership(@PathVariable long id) {
        return leaderships.detail(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/api/v1/leaderships")
    @ResponseStatus(HttpStatus.CREATED)
    LeadershipView recognise(@RequestBody LeadershipForm form) {
        return leaderships.recognise(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/api/v1/leaderships/{id}/steps")
    LeadershipView step(@PathVariable long id, @RequestBody StepForm form) {
        return leaderships.addStep(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/api/v1/leaderships/{id}/retire")
    LeadershipView retire(@PathVariable long id, @RequestBody VersionForm form) {
        return leaderships.retire(id, form.version(), CurrentUsers.requireWriter());
    }
}
