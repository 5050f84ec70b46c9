package org.minga.practice.internal;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Labels;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves practices through their workflow (borrador → enviada → en evaluación → evaluada → publicada, or devuelta
 * with observations): checks who may ask and that the {@link PracticeStatus} allows it, writes the move guarded by
 * the version read, keeps the new version and audits it.
 */
@Service
@RequiredArgsConstructor
class PracticeTransitions {

    private final Labels labels;
    private final PracticeService practices;
    private final PracticeRepository repository;
    private final FormatCatalog formats;
    private final AuditLog audit;

    /** Sends the practice for evaluation once every required answer of its level is there. */
    @Transactional
    GoodPractice submit(long id, Integer version, CurrentUser user) {
        GoodPractice p = practices.requireVisible(id, user);
        if (!PracticeService.canAuthor(user, p.jurisdictionId())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no envía buenas prácticas.");
        }
        if (!p.status().editable()) {
            throw new ConflictException("La práctica ya fue enviada (estado «" + labels.spanish(p.status()) + "»).");
        }
        checkVersion(p, version);
        PracticeFormat format = formats.require(p.formatId());
        List<FieldError> errors = Answers.check(format.definition(), p.level(), p.answers(), true);
        if (format.definition().authorizationQuestion() == null && p.shareAuthorized() == null) {
            errors.add(new FieldError("shareAuthorized",
                    "Indique si la entidad autoriza difundir la información de la práctica (Sí o No)."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return transition(p, PracticeStatus.ENVIADA, null, user, "Enviada a evaluación");
    }

    @Transactional
    GoodPractice returnWithObservations(long id, Integer version, String observations, CurrentUser user) {
        GoodPractice p = practices.requireVisible(id, user);
        requireManager(p, user);
        if (!p.status().returnable()) {
            throw new ConflictException("Solo se devuelve una práctica enviada, en evaluación o evaluada (está «"
                    + labels.spanish(p.status()) + "»).");
        }
        if (observations == null || observations.isBlank()) {
            throw new ValidationException("observations", "Escriba las observaciones para la entidad autora.");
        }
        checkVersion(p, version);
        return transition(p, PracticeStatus.DEVUELTA, observations.strip(), user, "Devuelta con observaciones");
    }

    /** Publishing needs the evaluation done and the entity's authorization to share ("Sí"). */
    @Transactional
    GoodPractice publish(long id, Integer version, CurrentUser user) {
        GoodPractice p = practices.requireVisible(id, user);
        requireManager(p, user);
        if (!Boolean.TRUE.equals(p.shareAuthorized())) {
            throw new ValidationException("shareAuthorized", "No se puede publicar: la entidad no autorizó difundir "
                    + "la información de la práctica (la respuesta de autorización debe ser «Sí»).");
        }
        if (p.status() != PracticeStatus.EVALUADA) {
            throw new ConflictException(
                    "Solo se publica una práctica evaluada (está «" + labels.spanish(p.status()) + "»).");
        }
        checkVersion(p, version);
        return transition(p, PracticeStatus.PUBLICADA, p.observations(), user, "Publicada en el banco");
    }

    /** Writes a move already checked, keeps the new version and audits it. */
    GoodPractice transition(GoodPractice p, PracticeStatus to, String observations, CurrentUser user, String note) {
        if (!repository.moveTo(p.id(), p.version(), to, observations, user.username())) {
            throw concurrent();
        }
        GoodPractice after = practices.require(p.id());
        repository.snapshot(after, note, user.username());
        audit.record("UPDATE", "practice", p.id(), p.jurisdictionId(),
                "«" + p.title() + "»: " + labels.spanish(p.status()) + " → " + labels.spanish(to),
                Map.of("status", p.status().name()), Map.of("status", to.name(), "note", note));
        return after;
    }

    static void requireManager(GoodPractice p, CurrentUser user) {
        if (!PracticeService.canManage(user, p.jurisdictionId())) {
            throw new ForbiddenException("Solo los administradores y usuarios distritales de la jurisdicción "
                    + "gestionan la evaluación y publicación de buenas prácticas.");
        }
    }

    static void checkVersion(GoodPractice p, Integer version) {
        if (version != null && version != p.version()) {
            throw concurrent();
        }
    }

    static ConflictException concurrent() {
        return new ConflictException("Otra persona modificó la práctica mientras usted la editaba. "
                + "Recargue la página para ver los cambios y vuelva a aplicar los suyos.");
    }
}
