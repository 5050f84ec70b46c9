package org.minga.household.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.privacy.Consents;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Persons, households, instruments, characterizations, alerts, care plans and field teams, as JSON. */
@Requires(Capability.READ_PERSONAL_DATA)
@RestController
class HouseholdApi {

    private final PersonService persons;
    private final CharacterizationService characterizations;
    private final CareService care;
    private final Consents consents;

    HouseholdApi(PersonService persons, CharacterizationService characterizations, CareService care, Consents consents) {
        this.persons = persons;
        this.characterizations = characterizations;
        this.care = care;
        this.consents = consents;
    }

    // persons

    @GetMapping("/api/v1/persons")
    PageResult<PersonView> persons(@RequestParam(required = false) Long jurisdictionId,
                                   @RequestParam(required = false) String document,
                                   @RequestParam(required = false) String name,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return persons.persons(jurisdictionId, document, name, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/persons")
    ResponseEntity<PersonView> createPerson(@RequestBody PersonCommand c) {
        PersonView v = persons.createPerson(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + v.id())).body(v);
    }

    /** A person's record; the view is written to the access log. */
    @GetMapping("/api/v1/persons/{id}")
    Map<String, Object> person(@PathVariable long id) {
        PersonView p = persons.viewPerson(id, CurrentUsers.require());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("person", p);
        out.put("authorizations", consents.ofPerson(id));
        out.put("probableDuplicates", persons.probableDuplicates(id).stream()
                .map(d -> Map.of("id", d.id(), "fullName", d.fullName(), "documentType", d.documentType(),
                        "documentNumber", d.documentNumber() == null ? "" : d.documentNumber())).toList());
        return out;
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PutMapping("/api/v1/persons/{id}")
    PersonView updatePerson(@PathVariable long id, @RequestBody PersonCommand c) {
        return persons.updatePerson(id, c, CurrentUsers.require());
    }

    record MergeRequest(Long duplicateId) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/persons/{id}/merge")
    PersonView merge(@PathVariable long id, @RequestBody MergeRequest body) {
        if (body.duplicateId() == null) {
            throw new org.minga.platform.ValidationException("duplicateId", "Indique la persona duplicada que se fusiona.");
        }
        return persons.merge(id, body.duplicateId(), CurrentUsers.require());
    }

    // households

    @GetMapping("/api/v1/households")
    PageResult<HouseholdView> households(@RequestParam(required = false) Long jurisdictionId,
                                         @RequestParam(required = false) Boolean priority,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return persons.households(jurisdictionId, null, priority, q, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/households")
    ResponseEntity<HouseholdView> createHousehold(@RequestBody HouseholdCommand c) {
        HouseholdView v = persons.createHousehold(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/households/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/households/{id}")
    Map<String, Object> household(@PathVariable long id) {
        CurrentUser user = CurrentUsers.require();
        HouseholdView h = persons.viewHousehold(id, user);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("household", h);
        out.put("members", persons.members(id));
        out.put("alerts", care.alerts(null, null, null, id, null, user, PageRequest.of(0, 100)).items());
        return out;
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PutMapping("/api/v1/households/{id}")
    HouseholdView updateHousehold(@PathVariable long id, @RequestBody HouseholdCommand c) {
        return persons.updateHousehold(id, c, CurrentUsers.require());
    }

    // instruments and characterizations

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/api/v1/instruments")
    PageResult<CharacterizationService.InstrumentView> instruments(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        List<CharacterizationService.InstrumentView> all = characterizations.instruments(persons.jurisdiction(jurisdiction, user).id());
        return new PageResult<>(all, 0, Math.max(1, all.size()), all.size());
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/api/v1/instruments")
    ResponseEntity<CharacterizationService.InstrumentView> createInstrument(@RequestBody CharacterizationService.InstrumentCommand c) {
        CharacterizationService.InstrumentView v = characterizations.create(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/instruments/" + v.id())).body(v);
    }

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/api/v1/instruments/{id}")
    CharacterizationService.InstrumentView instrument(@PathVariable long id, @RequestParam(required = false) Integer version) {
        CharacterizationService.InstrumentView v = characterizations.instrument(id, version);
        if (!CurrentUsers.require().seesJurisdiction(v.jurisdictionId())) {
            throw new org.minga.platform.ForbiddenException("El instrumento está fuera de su jurisdicción.");
        }
        return v;
    }

    record Publish(InstrumentDefinition definition, Integer version) {
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/api/v1/instruments/{id}/versions")
    CharacterizationService.InstrumentView publish(@PathVariable long id, @RequestBody Publish body) {
        return characterizations.publish(id, body.definition(), body.version() == null ? -1 : body.version(), CurrentUsers.require());
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/characterizations")
    ResponseEntity<CharacterizationService.CharacterizationView> characterize(@RequestBody CharacterizationService.CharacterizationCommand c) {
        CharacterizationService.CharacterizationView v = characterizations.characterize(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/characterizations/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/characterizations/{id}")
    CharacterizationService.CharacterizationView characterization(@PathVariable long id) {
        return characterizations.view(id, CurrentUsers.require());
    }

    @GetMapping("/api/v1/characterizations")
    PageResult<CharacterizationService.CharacterizationView> characterizations(@RequestParam long household) {
        persons.viewHousehold(household, CurrentUsers.require());
        List<CharacterizationService.CharacterizationView> all = characterizations.ofHousehold(household);
        return new PageResult<>(all, 0, Math.max(1, all.size()), all.size());
    }

    // alerts

    @GetMapping("/api/v1/alerts")
    PageResult<CareService.AlertView> alerts(@RequestParam(required = false) Long jurisdictionId,
                                             @RequestParam(required = false) String status,
                                             @RequestParam(required = false) String severity,
                                             @RequestParam(required = false) Long household,
                                             @RequestParam(required = false) Long team,
                                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return care.alerts(jurisdictionId, status, severity, household, team, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/alerts/{id}")
    CareService.AlertView alert(@PathVariable long id) {
        return care.alert(id, CurrentUsers.require());
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PutMapping("/api/v1/alerts/{id}")
    CareService.AlertView updateAlert(@PathVariable long id, @RequestBody CareService.AlertUpdate u) {
        return care.updateAlert(id, u, CurrentUsers.require());
    }

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/api/v1/alerts/rules")
    List<CareService.RuleView> rules(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        return care.rules(persons.jurisdiction(jurisdiction, user).id());
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/api/v1/alerts/rules")
    ResponseEntity<CareService.RuleView> createRule(@RequestBody CareService.RuleCommand c) {
        CareService.RuleView v = care.createRule(c, CurrentUsers.require());
        return ResponseEntity.status(201).body(v);
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/alerts/run")
    Map<String, Integer> rerun(@RequestParam(required = false) String jurisdiction) {
        return Map.of("opened", care.rerun(jurisdiction, CurrentUsers.require()));
    }

    // care plans

    @GetMapping("/api/v1/care-plans")
    PageResult<CareService.CarePlanView> plans(@RequestParam(required = false) Long household,
                                               @RequestParam(required = false) String status,
                                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return care.plans(household, status, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/care-plans")
    ResponseEntity<CareService.CarePlanView> createPlan(@RequestBody CareService.CarePlanCommand c) {
        CareService.CarePlanView v = care.createPlan(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/care-plans/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/care-plans/{id}")
    CareService.CarePlanView plan(@PathVariable long id) {
        return care.plan(id, CurrentUsers.require());
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/care-plans/{id}/actions")
    CareService.CarePlanView addAction(@PathVariable long id, @RequestBody CareService.ActionCommand a) {
        return care.addAction(id, a, CurrentUsers.require());
    }

    record ActionStatus(String status, Integer version) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PutMapping("/api/v1/care-plans/{id}/actions/{actionId}")
    CareService.CarePlanView setActionStatus(@PathVariable long id, @PathVariable long actionId, @RequestBody ActionStatus s) {
        return care.setActionStatus(id, actionId, s.status(), s.version() == null ? -1 : s.version(), CurrentUsers.require());
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/care-plans/{id}/visits")
    CareService.CarePlanView addVisit(@PathVariable long id, @RequestBody CareService.VisitCommand v) {
        return care.addVisit(id, v, CurrentUsers.require());
    }

    record Version(Integer version) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/care-plans/{id}/close")
    CareService.CarePlanView close(@PathVariable long id, @RequestBody Version v) {
        return care.close(id, v.version() == null ? -1 : v.version(), CurrentUsers.require());
    }

    // field teams

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/api/v1/field-teams")
    List<CareService.TeamView> teams() {
        return care.teams(CurrentUsers.require());
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/api/v1/field-teams")
    ResponseEntity<CareService.TeamView> createTeam(@RequestBody CareService.TeamCommand c) {
        CareService.TeamView v = care.createTeam(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/field-teams/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/field-teams/{id}/workload")
    CareService.Workload workload(@PathVariable long id, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return care.workload(id, CurrentUsers.require(), PageRequest.of(page, size));
    }
}
