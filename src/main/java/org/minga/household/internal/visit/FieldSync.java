package org.minga.household.internal.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.minga.household.FieldReferrals;
import org.minga.household.internal.alert.AlertRecords.RuleView;
import org.minga.household.internal.alert.AlertRuleService;
import org.minga.household.internal.characterization.InstrumentService;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.visit.FieldChangeRepository.Sender;
import org.minga.household.internal.visit.FieldChanges.Answer;
import org.minga.household.internal.visit.FieldChanges.Change;
import org.minga.household.internal.visit.FieldChanges.ChangeStatus;
import org.minga.household.internal.visit.FieldChanges.Conflict;
import org.minga.household.internal.visit.FieldChanges.SyncAnswer;
import org.minga.household.internal.visit.FieldChanges.SyncRequest;
import org.minga.household.internal.visit.FieldDay.DayHousehold;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.Times;
import org.minga.platform.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A field worker's offline day: preparing it (the visit list of their territories, logged as read) and synchronising
 * what the device recorded. Every change is applied exactly once, in the order sent: its id is claimed under the
 * savepoint that then applies it, so a retry after a lost answer, or a copy sent at the same time, gets the first answer. A change that meets one made meanwhile is kept, with the server's version, until the worker chooses;
 * one the rules refuse is answered with the reason. Neither is ever applied halfway.
 */
@Component
public record FieldSync(FieldChangeRepository changes, FieldChangeApplier applier, FieldDayReadModel reads,
        InstrumentService instruments, AlertRuleService rules, FieldReferrals referrals, ScopeQueries access,
        AccessPolicy policy,
        TransactionTemplate tx, @Value("${minga.field-day.households:60}") int households,
        @Value("${minga.field-day.keep-hours:12}") int keepHours) {

    static final int MAX_CHANGES = 1000;

    private Sender sender(String deviceId, CurrentUser user) {
        if (deviceId == null || !deviceId.matches("[A-Za-z0-9-]{8,60}")) {
            throw new ValidationException("deviceId", "Falta el identificador del dispositivo (8 a 60 letras, "
                    + "dígitos o guiones).");
        }
        AccessScope scope = policy.scope(user, Capability.RECORD_PERSONAL_DATA);
        return new Sender(user.username(), deviceId, user.jurisdictionId(), scope.subtreePath());
    }

    /** The day of the worker's territories, for device {@code deviceId}, to be kept {@code keepHours} at most. */
    public FieldDay prepare(String deviceId, CurrentUser user) {
        access.requireWriter(user);
        Sender s = sender(deviceId, user);
        AccessScope scope = policy.scope(user, Capability.RECORD_PERSONAL_DATA);
        LocalDate until = Times.todayFor(user).plusDays(7);
        List<DayHousehold> day = reads.households(scope, until, households);
        List<FieldDay.Rules> jurisdictions = day.stream().map(DayHousehold::jurisdictionId).distinct()
                .map(this::rulesOf).toList();
        changes.prepared(s, day.size());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new FieldDay(now, now.plus(keepHours, ChronoUnit.HOURS), deviceId, jurisdictions, day);
    }

    private FieldDay.Rules rulesOf(long jurisdictionId) {
        List<RuleView> active = rules.rules(jurisdictionId).stream().filter(RuleView::active).toList();
        return new FieldDay.Rules(jurisdictionId, access.jurisdiction(jurisdictionId).zoneId().getId(),
                instruments.instruments(jurisdictionId), active, referrals.services(jurisdictionId));
    }

    /**
     * Applies the device's changes in order, all in one transaction with a savepoint per change: a change the rules
     * refuse, or one in conflict, rolls back to its savepoint and is answered so, the others stand. The ids already
     * received are looked up in one query and answered as before. A batch that meets another device's in a deadlock
     * is rolled back whole and run again (what committed meanwhile is then answered from its row).
     */
    public SyncAnswer sync(SyncRequest r, CurrentUser user) {
        access.requireWriter(user);
        Sender s = sender(r.deviceId(), user);
        List<Change> list = r.changes() == null ? List.of() : r.changes();
        if (list.size() > MAX_CHANGES) {
            throw new ValidationException("changes", "Envíe a lo sumo " + MAX_CHANGES + " cambios por vez.");
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null || list.get(i).id() == null || list.get(i).kind() == null) {
                throw new ValidationException("changes[" + i + "]", "Cada cambio necesita su id y su tipo.");
            }
        }
        int pending = r.pending() == null ? 0 : Math.max(0, r.pending());
        for (int attempt = 1;; attempt++) {
            try {
                return new SyncAnswer(tx.execute(st -> batch(list, s, user, pending)));
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private List<Answer> batch(List<Change> list, Sender s, CurrentUser user, int pending) {
        Map<UUID, FieldChangeRepository.Prior> before = changes.priors(list.stream().map(Change::id).toList());
        TransactionTemplate savepoint = new TransactionTemplate(tx.getTransactionManager());
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        List<Answer> answers = new ArrayList<>(list.size());
        for (Change c : list) {
            FieldChangeRepository.Prior prior = before.get(c.id());
            answers.add(prior == null ? one(c, s, user, savepoint)
                    : prior.username().equals(s.username()) ? prior.answer()
                            : new Answer(c.id(), ChangeStatus.RECHAZADO, Map.of(),
                                    "El identificador de este cambio ya fue usado por otro usuario.", Map.of()));
        }
        changes.synced(s, pending);
        return answers;
    }

    /** A copy of the change was stored meanwhile (sent twice in one request, or by another request). */
    private static final class AlreadyReceived extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadyReceived() {
            super(null, null, false, false);
        }
    }

    /**
     * Claims the change's id, then applies it, under its savepoint: a copy being applied by another request makes
     * this one wait on the key and then find its answer, so nothing is applied twice, not even for a moment (what a
     * change publishes to other modules after the commit is never undone).
     */
    private Answer one(Change c, Sender s, CurrentUser user, TransactionTemplate savepoint) {
        try {
            return savepoint.execute(st -> {
                if (!changes.claim(c, s, ChangeStatus.APLICADO, null, null, Map.of(), Map.of())) {
                    throw new AlreadyReceived();
                }
                Map<String, Object> created = applier.apply(c, user);
                if (c.resolves() != null) {
                    changes.resolve(c.resolves(), c.id(), s.username());
                }
                changes.applied(c.id(), created);
                return new Answer(c.id(), ChangeStatus.APLICADO, created, null, Map.of());
            });
        } catch (AlreadyReceived e) {
            return received(c, s);
        } catch (FieldConflict e) {
            return refused(c, s, ChangeStatus.CONFLICTO, e.getMessage(), e.server());
        } catch (ConflictException e) {
            return refused(c, s, ChangeStatus.CONFLICTO, e.getMessage(), Map.of());
        } catch (ValidationException e) {
            return refused(c, s, ChangeStatus.RECHAZADO,
                    e.errors().stream().map(FieldError::message).collect(Collectors.joining(" ")), Map.of());
        } catch (ForbiddenException | NotFoundException e) {
            return refused(c, s, ChangeStatus.RECHAZADO, e.getMessage(), Map.of());
        }
    }

    private Answer received(Change c, Sender s) {
        return changes.answerOf(c.id(), s.username()).orElseGet(() -> new Answer(c.id(), ChangeStatus.RECHAZADO,
                Map.of(), "El identificador de este cambio ya fue usado por otro usuario.", Map.of()));
    }

    /**
     * Records a change that was not applied, once; a conflict keeps what the device said until it is resolved, a
     * refusal keeps only its reason.
     */
    private Answer refused(Change c, Sender s, ChangeStatus status, String message, Map<String, Object> server) {
        Object payload = status == ChangeStatus.CONFLICTO ? c : null;
        if (changes.claim(c, s, status, payload, message, Map.of(), server)) {
            return new Answer(c.id(), status, Map.of(), message, server);
        }
        return received(c, s);
    }

    /** The user's changes waiting for a choice. */
    public List<Conflict> conflicts(CurrentUser user) {
        access.requireWriter(user);
        return changes.conflicts(user.username());
    }

    /** The worker keeps the server's version: the change in conflict is dropped. */
    public void discard(UUID id, CurrentUser user) {
        access.requireWriter(user);
        if (tx.execute(st -> changes.resolve(id, null, user.username())) == 0) {
            throw new NotFoundException("No hay un cambio en conflicto " + id + " suyo por resolver.");
        }
    }

    /** The devices of the workers in the supervisor's territories. */
    public List<FieldDayReadModel.Device> devices(CurrentUser user) {
        return reads.devices(policy.scope(user, Capability.READ_PERSONAL_DATA));
    }
}
