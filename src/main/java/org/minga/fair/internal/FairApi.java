package org.minga.fair.internal;

import org.minga.fair.internal.domain.Stand;
import org.minga.privacy.PersonalRecord;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.minga.fair.internal.FairRecords.*;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Fairs and the attendances registered at their stands, as JSON. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record FairApi(FairReadModel read, FairResultsReadModel results, FairAccess access, FairQueries queries,
        FairPlanning planning, FairRegistrations registrations, Jurisdictions jurisdictions,
        FairCommunityInput community) {

    record Detail(FairView fair, List<Participant> participants, List<Stand> services, List<Task> checklist,
            List<Lesson> lessons) {
    }

    record PersonFound(long id, String name) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(id, null);
        }

    }

    @GetMapping("/api/v1/fairs")
    PageResult<FairView> list(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser u = CurrentUsers.require();
        return queries.schedule(jurisdictions.namedOrOwn(jurisdiction, u), year, status, u, PageRequest.of(page, size));
    }

    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/api/v1/fairs")
    ResponseEntity<FairView> create(@RequestBody FairForm form) {
        FairView v = planning.create(form, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/fairs/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/fairs/{id:\\d+}")
    Detail get(@PathVariable long id) {
        FairView f = access.requireVisible(id, CurrentUsers.require());
        return new Detail(f, read.participants(id), read.services(id), read.tasks(id), read.lessons(id));
    }

    @Requires(Capability.RUN_FAIRS)
    @PutMapping("/api/v1/fairs/{id:\\d+}")
    FairView update(@PathVariable long id, @RequestBody FairForm form) {
        return planning.update(id, form, CurrentUsers.require());
    }

    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/api/v1/fairs/{id:\\d+}/participants")
    ResponseEntity<Participant> addParticipant(@PathVariable long id, @RequestBody ParticipantForm form) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(planning.addParticipant(id, form, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/api/v1/fairs/{id:\\d+}/services")
    ResponseEntity<List<Stand>> addService(@PathVariable long id, @RequestBody Map<String, Long> body) {
        planning.addService(id, body.get("serviceId"), body.get("actorId"), CurrentUsers.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(read.services(id));
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/fairs/{id:\\d+}/results")
    Results results(@PathVariable long id) {
        access.requireVisible(id, CurrentUsers.require());
        return results.results(id);
    }

    /** The spaces and surveys that fed the fair's planning and evaluation, with what came out of each (issue 24). */
    @GetMapping("/api/v1/fairs/{id:\\d+}/community-inputs")
    List<CommunityInput> communityInputs(@PathVariable long id) {
        return community.of(access.requireVisible(id, CurrentUsers.require()));
    }

    /** Links a space or survey ({@code record}: {@code kind:id} or its title) to the planning or the evaluation. */
    @Requires(Capability.RUN_FAIRS)
    @PostMapping("/api/v1/fairs/{id:\\d+}/community-inputs")
    ResponseEntity<List<CommunityInput>> linkCommunityInput(@PathVariable long id, @RequestBody InputCommand c) {
        return ResponseEntity.status(HttpStatus.CREATED).body(community.link(id, c, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_FAIRS)
    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/fairs/{id:\\d+}/community-inputs/{inputId:\\d+}")
    ResponseEntity<Void> unlinkCommunityInput(@PathVariable long id, @PathVariable long inputId) {
        community.unlink(id, inputId, CurrentUsers.require());
        return ResponseEntity.noContent().build();
    }

    @Requires({Capability.READ_PERSONAL_DATA, Capability.REGISTER_AT_FAIRS})
    @GetMapping("/api/v1/fairs/{id:\\d+}/attendances")
    PageResult<AttendanceRow> attendances(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.attendances(id, CurrentUsers.require(), PageRequest.of(page, size));
    }

    /** 201 when stored now, 200 when the same UUID was already stored (a retry from the offline queue). */
    @Requires(Capability.REGISTER_AT_FAIRS)
    @PostMapping("/api/v1/fairs/{id:\\d+}/attendances")
    ResponseEntity<RegistrationView> register(@PathVariable long id, @RequestBody RegistrationCommand c) {
        RegistrationView v = registrations.register(id, c, CurrentUsers.require());
        return ResponseEntity.status(v.alreadyStored() ? HttpStatus.OK : HttpStatus.CREATED).body(v);
    }

    @Requires(Capability.REGISTER_AT_FAIRS)
    @GetMapping("/api/v1/fairs/{id:\\d+}/people")
    PersonFound person(@PathVariable long id, @RequestParam String documentType, @RequestParam String documentNumber) {
        CurrentUser user = CurrentUsers.require();
        return registrations.findPerson(id, documentType, documentNumber, user)
                .map(p -> new PersonFound(p.id(), FairAccess.standName(p.displayName(), user)))
                .orElseThrow(() -> new NotFoundException("No hay una persona registrada con " + documentType + " "
                        + documentNumber + ": regístrela con su autorización."));
    }
}
