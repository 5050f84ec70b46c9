package org.minga.referral.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Validator;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Capability;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Notifications;
import org.minga.platform.Times;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.referral.SystemicDelayReported;
import org.minga.referral.internal.ReferralViews.DelayCommand;
import org.minga.referral.internal.ReferralViews.ReferralDetail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdue referrals: the morning job flags and notifies them (set-based SQL: many at once), and a sender raises
 * them as a systemic delay to the local governance body ({@link SystemicDelayReported}).
 */
@Service
@RequiredArgsConstructor
class OverdueReferrals {

    private final ReferralRepository referrals;
    private final Jurisdictions jurisdictions;
    private final ReferralReadModel read;
    private final ReferralQueries queries;
    private final Notifications notifications;
    private final WebhookService outbox;
    private final AuditLog audit;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final org.minga.platform.ClusterJobs jobs;

    @Scheduled(cron = "${minga.referral.overdue-cron:0 15 6 * * *}", zone = "America/Bogota")
    void scheduledOverdue() {
        jobs.once("referral-overdue", jurisdictions, this::flagOverdue);
    }

    /**
     * Flags the open referrals of a jurisdiction past their due date on {@code today} and notifies the local and
     * zonal supervisors covering each one's territory (once per referral and due date). Returns how many were flagged.
     */
    @Transactional
    int flagOverdue(Jurisdiction j, LocalDate today) {
        List<Map<String, Object>> due = referrals.flagOverdue(j.id(), today);
        for (Map<String, Object> r : due) {
            long id = ((Number) r.get("id")).longValue();
            String code = (String) r.get("code");
            Object dueOn = r.get("due_on");
            notifications.notifyCovering(j.id(), (String) r.get("territory_path"), Capability.RUN_GOVERNANCE,
                    // No person's name: supervisors may lack the personal-data capability, and the text can go by mail.
                    new Notifications.Notification("referral.overdue", "Canalización vencida: " + code,
                            r.get("actor_name") + " no ha respondido la canalización " + code + "; vencía el "
                                    + Times.DATE.format(LocalDate.parse(String.valueOf(dueOn))) + ".",
                            "/referrals/" + id, j.id(), "referral:" + id + ":overdue:" + dueOn));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("referralId", id);
            data.put("code", code);
            data.put("dueOn", String.valueOf(dueOn));
            outbox.record("referral.overdue", j.id(), id, (String) r.get("territory_path"),
                    ((Number) r.get("actor_id")).longValue(), data);
        }
        if (!due.isEmpty()) {
            audit.record("RUN", "referral", null, j.id(),
                    due.size() + " canalizaciones vencidas marcadas y notificadas", null,
                    Map.of("ids", due.stream().map(r -> r.get("id")).toList()));
        }
        return due.size();
    }

    /** Raises overdue referrals as a systemic delay (a barrier) to the local governance body. */
    @Transactional
    SystemicDelayReported reportDelay(DelayCommand c, CurrentUser user) {
        if (!ReferralAccess.canRaiseDelays(user)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no eleva barreras a las instancias.");
        }
        List<FieldError> errors = Violations.of(validator, c);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(c.referralIds()));
        List<ReferralDetail> refs = ids.stream().map(id -> queries.require(id, user)).toList();
        long j = refs.get(0).jurisdictionId();
        for (ReferralDetail r : refs) {
            if (r.jurisdictionId() != j) {
                errors.add(new FieldError("referralIds", "Las canalizaciones deben ser de una misma jurisdicción."));
                break;
            }
            if (!r.progress().overdue()) {
                errors.add(new FieldError("referralIds", "La canalización " + r.code() + " no está vencida."));
            }
            if (r.progress().delayReportedAt() != null) {
                errors.add(new FieldError("referralIds", "La canalización " + r.code() + " ya se elevó como barrera."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = referrals.markDelayReported(ids, user.username());
        if (n != ids.size()) {
            throw new ConflictException(
                    "Otra persona elevó alguna de estas canalizaciones mientras usted las veía. Recargue la lista.");
        }
        List<String> paths = new ArrayList<>();
        for (ReferralDetail r : refs) {
            String path = read.placement(r.id()).orElseThrow().territoryPath();
            paths.add(path);
            outbox.record("referral.delay_reported", j, r.id(), path, r.addressee().actorId(),
                    Map.of("referralId", r.id(), "code", r.code(), "title", c.title().strip()));
        }
        List<Long> services = refs.stream().map(r -> r.addressee().serviceId()).filter(Objects::nonNull).distinct()
                .toList();
        SystemicDelayReported event = new SystemicDelayReported(j, commonTerritory(paths), services, c.title().strip(),
                c.description().strip(), ids, user.id());
        audit.record("CREATE", "referral_systemic_delay", null, j, "Retraso sistémico elevado: " + c.title().strip(),
                null, event);
        events.publishEvent(event);
        return event;
    }

    /** The deepest territory whose path is a prefix of every path. */
    static long commonTerritory(List<String> paths) {
        String[] first = paths.get(0).split("/");
        int common = first.length;
        for (String p : paths) {
            String[] parts = p.split("/");
            int i = 0;
            while (i < Math.min(common, parts.length) && parts[i].equals(first[i])) {
                i++;
            }
            common = i;
        }
        for (int i = common - 1; i >= 0; i--) {
            if (!first[i].isEmpty()) {
                return Long.parseLong(first[i]);
            }
        }
        throw new IllegalArgumentException("No common territory");
    }
}
