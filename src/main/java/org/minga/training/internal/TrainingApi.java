package org.minga.training.internal;

import java.net.URI;
import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Requires;
import org.minga.training.internal.TrainingViews.ParticipantRow;
import org.minga.training.internal.TrainingViews.ProgrammeRow;
import org.minga.training.internal.TrainingViews.ProgrammeView;
import org.minga.training.internal.TrainingViews.SessionRow;
import org.minga.training.internal.TrainingViews.Share;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Training programmes, their sessions and participants as JSON: bind, call one service, answer. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record TrainingApi(TrainingPlanning planning, TrainingParticipation participation, TrainingQueries queries,
        TrainingCertificate certificates, @Value("${minga.base-url}") String baseUrl) {

    /** The id of what was created. */
    record Created(long id) {
    }

    @GetMapping("/api/v1/training-programmes")
    PageResult<ProgrammeRow> listProgrammes(@RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.programmes(status, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/training-programmes")
    ResponseEntity<ProgrammeView> createProgramme(@RequestBody TrainingPlanning.ProgrammeCommand c) {
        ProgrammeView v = planning.plan(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/training-programmes/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/training-programmes/{id}")
    ProgrammeView getProgramme(@PathVariable long id) {
        return queries.programme(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_TRAINING)
    @PutMapping("/api/v1/training-programmes/{id}")
    ProgrammeView updateProgramme(@PathVariable long id, @RequestBody TrainingPlanning.ProgrammeCommand c) {
        return planning.revise(id, c, CurrentUsers.require());
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/training-programmes/{id}/open")
    ProgrammeView openProgramme(@PathVariable long id) {
        return planning.open(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/training-programmes/{id}/close")
    ProgrammeView closeProgramme(@PathVariable long id) {
        return planning.close(id, CurrentUsers.require());
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/training-programmes/{id}/participants")
    List<ParticipantRow> listParticipants(@PathVariable long id) {
        return queries.participants(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/training-programmes/{id}/participants")
    ResponseEntity<Created> enrolParticipant(@PathVariable long id,
            @RequestBody TrainingParticipation.EnrolCommand c) {
        long pid = participation.enrol(id, c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/training-participants/" + pid)).body(new Created(pid));
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/training-programmes/{id}/diversity")
    List<Share> getProgrammeDiversity(@PathVariable long id) {
        return queries.diversity(id, CurrentUsers.require());
    }

    @GetMapping("/api/v1/training-sessions")
    List<SessionRow> listSessions(@RequestParam long programme) {
        return queries.sessions(programme, CurrentUsers.require());
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/training-sessions")
    ResponseEntity<SessionRow> createSession(@RequestBody TrainingPlanning.SessionCommand c) {
        SessionRow s = planning.holdSession(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/training-sessions/" + s.id())).body(s);
    }

    @GetMapping("/api/v1/training-sessions/{id}")
    SessionRow getSession(@PathVariable long id) {
        return queries.session(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/training-sessions/{id}/attendance")
    SessionRow addSessionAttendance(@PathVariable long id, @RequestBody TrainingParticipation.AttendCommand c) {
        participation.attend(id, c, CurrentUsers.require());
        return queries.session(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/training-participants/{id}/assessment")
    ResponseEntity<Void> assessParticipant(@PathVariable long id,
            @RequestBody TrainingParticipation.AssessCommand c) {
        participation.assess(id, c, CurrentUsers.require());
        return ResponseEntity.noContent().build();
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/training-participants/{id}/completion")
    ParticipantRow completeParticipant(@PathVariable long id) {
        return participation.complete(id, CurrentUsers.require());
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping(value = "/api/v1/training-participants/{id}/certificate", produces = "application/pdf")
    ResponseEntity<byte[]> getParticipantCertificate(@PathVariable long id) {
        return certificates.pdf(id, CurrentUsers.require(), baseUrl);
    }
}
