package org.minga.household.internal.alert;

import java.util.List;

import org.minga.household.internal.alert.AlertRecords.AlertUpdate;
import org.minga.household.internal.alert.AlertRecords.AlertView;
import org.minga.household.internal.alert.AlertRecords.RuleCommand;
import org.minga.household.internal.alert.AlertRecords.RuleView;
import org.minga.household.internal.shared.ScopeQueries;
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

/** Alerts and alert rules as JSON. */
@Requires(Capability.READ_PERSONAL_DATA)
@RestController
record AlertApi(AlertReadModel reads, AlertService alerts, AlertRuleService rules, ScopeQueries access) {

    @GetMapping("/api/v1/alerts")
    PageResult<AlertView> alerts(@RequestParam(required = false) Long jurisdictionId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) Long household,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reads.alerts(jurisdictionId, status, severity, household, team, CurrentUsers.require(),
                PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/alerts/{id}")
    AlertView alert(@PathVariable long id) {
        return reads.alert(id, CurrentUsers.require());
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PutMapping("/api/v1/alerts/{id}")
    AlertView updateAlert(@PathVariable long id, @RequestBody AlertUpdate u) {
        return alerts.update(id, u, CurrentUsers.require());
    }

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/api/v1/alerts/rules")
    List<RuleView> rules(@RequestParam(required = false) String jurisdiction) {
        return rules.rules(access.jurisdiction(jurisdiction, CurrentUsers.require()).id());
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/api/v1/alerts/rules")
    ResponseEntity<RuleView> createRule(@RequestBody RuleCommand c) {
        return ResponseEntity.status(201).body(rules.create(c, CurrentUsers.require()));
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/alerts/run")
    AlertRulesRun rerun(@RequestParam(required = false) String jurisdiction) {
        return new AlertRulesRun(rules.rerun(jurisdiction, CurrentUsers.require()));
    }

    /** How many alerts a run of the rules opened. */
    record AlertRulesRun(int opened) {
    }
}
