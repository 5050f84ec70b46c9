package org.minga.household.internal.alert;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.household.internal.alert.AlertEngine.Rerun;
import org.minga.household.internal.alert.AlertRecords.RuleCommand;
import org.minga.household.internal.alert.AlertRecords.RuleUpdate;
import org.minga.household.internal.alert.AlertRecords.RuleView;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alert rules of a jurisdiction: defined and tuned by those who configure it, re-run over households on demand. */
@Service
@RequiredArgsConstructor
public class AlertRuleService {

    private final AlertRuleRepository repository;
    private final ScopeQueries access;
    private final AlertEngine engine;
    private final AuditLog audit;

    @Transactional
    public RuleView create(RuleCommand c, CurrentUser user) {
        access.require(user, Capability.CONFIGURE_JURISDICTION);
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        AlertRule rule = AlertRule.define(j.id(), c.code(), c.name(), c.kind(), c.params(), c.severity(),
                c.dueDays());
        if (repository.codeTaken(j.id(), rule.code())) {
            throw new ValidationException("code", "Ya existe una regla con el código " + rule.code() + ".");
        }
        RuleView v = repository.add(rule).view();
        audit.record("CREATE", "AlertRule", v.id(), j.id(), "Regla de alerta " + v.code(), null, v);
        return v;
    }

    public List<RuleView> rules(long jurisdictionId) {
        return repository.ofJurisdiction(jurisdictionId, false).stream().map(AlertRule::view).toList();
    }

    public RuleView rule(long id, CurrentUser user) {
        return visible(id, user).view();
    }

    private AlertRule visible(long id, CurrentUser user) {
        AlertRule rule = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("La regla de alerta " + id + " no existe."));
        if (!AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, rule.jurisdictionId())) {
            throw new ForbiddenException("La regla de alerta está fuera de su jurisdicción.");
        }
        return rule;
    }

    /** Changes a rule's name, parameters (those of its kind), severity, due days and active flag. */
    @Transactional
    public RuleView update(long id, RuleUpdate u, CurrentUser user) {
        access.require(user, Capability.CONFIGURE_JURISDICTION);
        AlertRule rule = visible(id, user);
        RuleView before = rule.view();
        rule.tune(u.name(), u.params(), u.severity(), u.dueDays(), u.active());
        repository.update(rule, u.version());
        RuleView after = rule(id, user);
        audit.record("UPDATE", "AlertRule", id, before.jurisdictionId(), "Regla de alerta " + before.code(), before,
                after);
        return after;
    }

    /** Re-runs every rule over the households of the user's scope in the jurisdiction. */
    @Transactional
    public int rerun(String jurisdiction, CurrentUser user) {
        access.requireWriter(user);
        Jurisdiction j = access.jurisdiction(jurisdiction, user);
        Rerun run = engine.evaluateHouseholds(j.id(), access.scope(user).likePattern());
        audit.record("RERUN", "AlertRule", null, j.id(), "Reglas de alerta ejecutadas sobre " + run.households()
                + " hogares: " + run.opened() + " alertas nuevas", null, null);
        return run.opened();
    }
}
