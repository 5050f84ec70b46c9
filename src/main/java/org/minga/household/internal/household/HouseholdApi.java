package org.minga.household.internal.household;

import java.net.URI;
import java.util.List;

import org.minga.household.internal.alert.AlertReadModel;
import org.minga.household.internal.alert.AlertRecords.AlertView;
import org.minga.household.internal.person.PersonReadModel;
import org.minga.household.internal.person.PersonView;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
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

/** Households as JSON: list, register, read with members and alerts, edit. */
@Requires(Capability.READ_PERSONAL_DATA)
@RestController
record HouseholdApi(HouseholdService households, HouseholdReadModel reads, PersonReadModel persons,
        AlertReadModel alerts) {

    @GetMapping("/api/v1/households")
    PageResult<HouseholdView> households(@RequestParam(required = false) Long jurisdictionId,
            @RequestParam(required = false) Boolean priority,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reads.households(jurisdictionId, priority, q, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/households")
    ResponseEntity<HouseholdView> createHousehold(@RequestBody HouseholdCommand c) {
        HouseholdView v = households.create(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/households/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/households/{id}")
    HouseholdDetail household(@PathVariable long id) {
        CurrentUser user = CurrentUsers.require();
        HouseholdView h = reads.viewHousehold(id, user);
        return new HouseholdDetail(h, persons.members(id), alerts.ofHousehold(id, user));
    }

    /** A household with its members and its alerts. */
    record HouseholdDetail(HouseholdView household, List<PersonView> members, List<AlertView> alerts) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PutMapping("/api/v1/households/{id}")
    HouseholdView updateHousehold(@PathVariable long id, @RequestBody HouseholdCommand c) {
        return households.update(id, c, CurrentUsers.require());
    }
}
