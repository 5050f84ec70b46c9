package org.minga.household.internal.alert;

import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.minga.household.PersonsMerged;
import org.minga.household.internal.alert.AlertRecords.AlertUpdate;
import org.minga.household.internal.alert.AlertRecords.AlertView;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.team.FieldTeamReadModel;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.ValidationException;
import org.minga.privacy.AuthorizationWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Handles alerts: takes them in hand, assigns a team, closes them with a note; follows persons merged or withdrawn. */
@Service
@RequiredArgsConstructor
public class AlertService {

    private final AlertRepository alerts;
    private final AlertReadModel reads;
    private final FieldTeamReadModel teams;
    private final ScopeQueries access;
    private final AuditLog audit;

    @Transactional
    public AlertView update(long id, AlertUpdate u, CurrentUser user) {
        access.requireWriter(user);
        AlertView before = reads.alert(id, user);
        AlertStatus target = AlertStatus.parse(u.status());
        if (target == null) {
            throw new ValidationException("status", "El estado debe ser ABIERTA, EN_GESTION o CERRADA.");
        }
        Alert alert = alerts.findById(id).orElseThrow();
        alert.moveTo(target, u.note(), u.fieldTeamId(), Instant.now());
        if (u.fieldTeamId() != null && teams.fieldTeam(before.jurisdictionId(), u.fieldTeamId()).isEmpty()) {
            throw new ValidationException("fieldTeamId",
                    "El equipo " + u.fieldTeamId() + " no existe en la jurisdicción.");
        }
        alert.requireVersion(u.version());
        alerts.save(alert);
        AlertView after = reads.alert(id, user);
        audit.record("UPDATE", "Alert", id, before.jurisdictionId(), "Alerta " + id + ": " + before.status() + " → "
                + after.status(), before, after);
        return after;
    }

    /** Takes back a closing made minutes ago; {@code version} is the alert's version right after it. */
    @Transactional
    public AlertView undoClose(long id, Integer version, CurrentUser user) {
        access.requireWriter(user);
        AlertView before = reads.alert(id, user);
        Alert alert = alerts.findById(id).orElseThrow();
        alert.requireVersion(version);
        alert.undoClose(Instant.now());
        alerts.save(alert);
        AlertView after = reads.alert(id, user);
        audit.record("UPDATE", "Alert", id, before.jurisdictionId(), "Alerta " + id + ": cierre deshecho, "
                + before.status() + " → " + after.status(), before, after);
        return after;
    }

    @EventListener
    void on(PersonsMerged e) {
        alerts.movePerson(e.mergedPersonId(), e.keptPersonId());
    }

    @EventListener
    void on(AuthorizationWithdrawn e) {
        alerts.closeOpenOf(e.personId(), "Cerrada: la persona revocó su autorización de tratamiento de datos.");
    }

}
