package org.minga.household.internal.care;

import java.net.URI;

import org.minga.household.internal.care.CarePlanRecords.ActionCommand;
import org.minga.household.internal.care.CarePlanRecords.CarePlanCommand;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.care.CarePlanRecords.VisitCommand;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Family care plans as JSON. */
@Requires(Capability.READ_PERSONAL_DATA)
@RestController
record CarePlanApi(CarePlanService plans, CarePlanReadModel reads) {

    @GetMapping("/api/v1/care-plans")
    PageResult<CarePlanView> plans(@RequestParam(required = false) Long household,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reads.plans(household, status, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/care-plans")
    ResponseEntity<CarePlanView> createPlan(@RequestBody CarePlanCommand c) {
        CarePlanView v = plans.create(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/care-plans/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/care-plans/{id}")
    CarePlanView plan(@PathVariable long id) {
        return reads.plan(id, CurrentUsers.require());
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/care-plans/{id}/actions")
    CarePlanView addAction(@PathVariable long id, @RequestBody ActionCommand a) {
        return plans.addAction(id, a, CurrentUsers.require());
    }

    record ActionStatusChange(String status, Integer version) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PutMapping("/api/v1/care-plans/{id}/actions/{actionId}")
    CarePlanView setActionStatus(@PathVariable long id, @PathVariable long actionId,
            @RequestBody ActionStatusChange s) {
        return plans.setActionStatus(id, actionId, s.status(), s.version() == null ? -1 : s.version(),
                CurrentUsers.require());
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/care-plans/{id}/visits")
    CarePlanView addVisit(@PathVariable long id, @RequestBody VisitCommand v) {
        return plans.addVisit(id, v, CurrentUsers.require());
    }

    record Version(Integer version) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/care-plans/{id}/close")
    CarePlanView close(@PathVariable long id, @RequestBody Version v) {
        return plans.close(id, v.version() == null ? -1 : v.version(), CurrentUsers.require());
    }
}
