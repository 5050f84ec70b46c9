package org.minga.privacy.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ForbiddenException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.privacy.AuthorizationView;
import org.minga.privacy.DataRequestCommand;
import org.minga.privacy.DataRequestExport;
import org.minga.privacy.DataRequestView;
import org.minga.privacy.PersonalDataAccess;
import org.minga.privacy.PersonalDataHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Authorizations (consents), data-subject requests and the access log of a person, as JSON. */
@Requires(Capability.PROCESS_DATA_REQUESTS)
@RestController
record PrivacyApi(ConsentService consents, DataRequestService requests, AccessLogService accessLog,
        PersonalDataHolder holder, AuthorizationCertificate certificate) {

    record Withdrawal(String reason, Integer version) {
    }

    record Answer(String response, Boolean applyDeletion, Integer version) {
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/consents")
    List<AuthorizationView> consents(@RequestParam long person) {
        holder.requireVisible(person, CurrentUsers.require());
        return consents.ofPerson(person);
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/consents/{id}")
    AuthorizationView consent(@PathVariable long id) {
        AuthorizationView v = consents.authorization(id);
        holder.requireVisible(v.personId(), CurrentUsers.require());
        return v;
    }

    /** The constancia of the authorization as PDF, its date and time in the jurisdiction's zone with the zone named. */
    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/consents/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id) {
        return certificate.pdf(id, CurrentUsers.require());
    }

    @Requires({Capability.RECORD_PERSONAL_DATA, Capability.PROCESS_DATA_REQUESTS})
    @PostMapping("/api/v1/consents/{id}/withdraw")
    AuthorizationView withdraw(@PathVariable long id, @RequestBody Withdrawal body) {
        return consents.withdraw(id, body.reason(), body.version() == null ? 0 : body.version(),
                CurrentUsers.require());
    }

    @GetMapping("/api/v1/data-requests")
    PageResult<DataRequestView> requests(@RequestParam(required = false) Long jurisdictionId,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return requests.list(jurisdictionId, open, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.REGISTER_DATA_REQUESTS)
    @PostMapping("/api/v1/data-requests")
    ResponseEntity<DataRequestView> create(@RequestBody DataRequestCommand command) {
        DataRequestView v = requests.create(command, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/data-requests/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/data-requests/{id}")
    DataRequestView request(@PathVariable long id) {
        return requests.get(id, CurrentUsers.require());
    }

    @GetMapping("/api/v1/data-requests/{id}/export")
    DataRequestExport export(@PathVariable long id) {
        return requests.export(id, CurrentUsers.require());
    }

    /** What Minga keeps about the request's person, module by module: what a deletion would erase. */
    @GetMapping("/api/v1/data-requests/{id}/held")
    Map<String, Map<String, Long>> held(@PathVariable long id) {
        return requests.held(id, CurrentUsers.require());
    }

    @PostMapping("/api/v1/data-requests/{id}/answer")
    DataRequestView answer(@PathVariable long id, @RequestBody Answer body) {
        return requests.answer(id, body.response(), Boolean.TRUE.equals(body.applyDeletion()),
                body.version() == null ? 0 : body.version(), CurrentUsers.require());
    }

    /** Only an administrator reads a person's access log directly; the titular gets it through a consulta. */
    @Requires(Capability.READ_ACCESS_LOG)
    @GetMapping("/api/v1/persons/{id}/access-log")
    List<PersonalDataAccess.Entry> accessLog(@PathVariable long id) {
        // the privacy officer reads it; the person receives it with the answer to their consulta
        return accessLog.accessLogOf(id, CurrentUsers.require());
    }
}
