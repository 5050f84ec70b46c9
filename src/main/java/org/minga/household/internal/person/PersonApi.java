package org.minga.household.internal.person;

import java.net.URI;
import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.minga.privacy.AuthorizationView;
import org.minga.privacy.Consents;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Persons as JSON: search, register, correct, merge. */
@Requires(Capability.READ_PERSONAL_DATA)
@RestController
record PersonApi(PersonService persons, PersonReadModel reads, Consents consents) {

    @GetMapping("/api/v1/persons")
    PageResult<PersonView> persons(@RequestParam(required = false) Long jurisdictionId,
            @RequestParam(required = false) String document,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reads.persons(jurisdictionId, document, name, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/persons")
    ResponseEntity<PersonView> createPerson(@RequestBody PersonCommand c) {
        PersonView v = persons.create(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + v.id())).body(v);
    }

    /** A person's record; the view is written to the access log. */
    @GetMapping("/api/v1/persons/{id}")
    PersonDetail person(@PathVariable long id) {
        PersonView p = reads.viewPerson(id, CurrentUsers.require());
        return new PersonDetail(p, consents.ofPerson(id), reads.probableDuplicates(id).stream()
                .map(d -> new ProbableDuplicate(d.id(), d.fullName(), d.documentType(),
                        d.documentNumber() == null ? "" : d.documentNumber()))
                .toList());
    }

    /** A person's record with the data-processing authorizations and the people who may be the same person. */
    record PersonDetail(PersonView person, List<AuthorizationView> authorizations,
            List<ProbableDuplicate> probableDuplicates) {
    }

    /** Another record that may be the same person (same document, or same name and birth date). */
    record ProbableDuplicate(long id, String fullName, String documentType, String documentNumber) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PutMapping("/api/v1/persons/{id}")
    PersonView updatePerson(@PathVariable long id, @RequestBody PersonCommand c) {
        return persons.update(id, c, CurrentUsers.require());
    }

    record MergeRequest(Long duplicateId) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/persons/{id}/merge")
    PersonView merge(@PathVariable long id, @RequestBody MergeRequest body) {
        if (body.duplicateId() == null) {
            throw new ValidationException("duplicateId", "Indique la persona duplicada que se fusiona.");
        }
        return persons.merge(id, body.duplicateId(), CurrentUsers.require());
    }
}
