package org.minga.governance.internal;

import jakarta.validation.Validator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Labels;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.CommitmentForms.ProgressForm;
import org.minga.governance.internal.CommitmentReadModel.CommitmentView;
import org.minga.governance.internal.CommitmentReadModel.EvidenceFile;
import org.minga.governance.internal.CommitmentReadModel.EvidenceView;
import org.minga.governance.internal.CommitmentReadModel.NoteView;
import org.minga.governance.internal.Gov.CommitmentStatus;
import org.minga.governance.internal.domain.Commitment;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments (compromisos) after they are made: who sees them, their lists, and their follow-up (status, progress,
 * notes, evidence), by their responsible user or an editor of their territory. The rules of status and progress
 * are {@link Commitment}'s; the SQL of the lists is {@link CommitmentReadModel}'s.
 */
@Service
@RequiredArgsConstructor
public class CommitmentService {

    private final Labels labels;
    private final CommitmentRepository commitments;
    private final CommitmentReadModel read;
    private final CommitmentCalendar calendar;
    private final SessionService sessions;
    private final Access access;
    private final AuditLog audit;
    private final Validator validator;

    public Optional<CommitmentView> byId(long id) {
        return read.byId(id);
    }

    public CommitmentView requireVisible(long id, CurrentUser user) {
        CommitmentView c = read.byId(id)
                .orElseThrow(() -> new NotFoundException("No existe el compromiso " + id + "."));
        if (!access.sees(user, c.jurisdictionId(), c.territoryPath())
                && !Long.valueOf(user.id()).equals(c.responsibleUserId())) {
            throw new NotFoundException("No existe el compromiso " + id + ".");
        }
        return c;
    }

    /** "Mis compromisos": those whose responsible user is {@code user}; open ones unless {@code all}. */
    public PageResult<CommitmentView> mine(CurrentUser user, boolean all, PageRequest page) {
        return read.mine(user.id(), user.jurisdictionId(), all, page);
    }

    /** A body's commitments: open ones, overdue ones (in business days) or all. */
    public PageResult<CommitmentView> ofBody(BodyView b, String filter, PageRequest page) {
        return read.ofBody(b.id(), b.jurisdictionId(), filter, page);
    }

    /** The commitments of all bodies in a territory's subtree the user sees. */
    public PageResult<CommitmentView> ofTerritory(Jurisdiction j, String path, CurrentUser user, String filter,
            PageRequest page) {
        return read.ofTerritory(j.id(), path, access.prefix(user),
                CommitmentCalendar.overdueCutoff(j, CommitmentCalendar.today(j)), filter, page);
    }

    public List<CommitmentView> ofSession(long sessionId) {
        return read.ofSession(sessionId);
    }

    public List<String> coResponsible(long id) {
        return read.coResponsible(id);
    }

    public List<NoteView> notes(long id) {
        return read.notes(id);
    }

    public List<EvidenceView> evidence(long id) {
        return read.evidence(id);
    }

    public EvidenceFile evidenceFile(long commitmentId, long evidenceId, CurrentUser user) {
        requireVisible(commitmentId, user);
        return read.evidenceFile(commitmentId, evidenceId)
                .orElseThrow(() -> new NotFoundException("No existe el archivo de evidencia " + evidenceId + "."));
    }

    /** Its responsible user (who runs governance) or an editor of its territory may follow a commitment up. */
    private CommitmentView requireFollowUp(long id, CurrentUser user) {
        CommitmentView c = requireVisible(id, user);
        boolean responsible = Long.valueOf(user.id()).equals(c.responsibleUserId())
                && AccessPolicy.holds(user.role(), Capability.RUN_GOVERNANCE);
        if (!responsible) {
            access.requireEditor(user, c.jurisdictionId(), c.territoryPath(), "el compromiso " + id);
        }
        return c;
    }

    /** Status, progress and a follow-up note (optionally tied to the session where it was reviewed). */
    @Transactional
    public CommitmentView progress(long id, ProgressForm f, CurrentUser user) {
        CommitmentView before = requireFollowUp(id, user);
        List<FieldError> errors = Violations.of(validator, f);
        CommitmentStatus status = Gov.blank(f.status()) == null ? null
                : labels.parse(CommitmentStatus.class, f.status()).orElse(null);
        if (Gov.blank(f.status()) != null && status == null) {
            errors.add(0, new FieldError("status",
                    "El estado '" + f.status() + "' no existe: use " + Gov.allowed(labels, CommitmentStatus.class)
                            + "."));
        }
        if (f.sessionId() != null
                && sessions.byId(f.sessionId()).filter(s -> s.bodyId() == before.bodyId()).isEmpty()) {
            errors.add(
                    new FieldError("sessionId", "La sesión " + f.sessionId() + " no es de " + before.bodyName() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Commitment c = commitments.findById(id).orElseThrow();
        Commitment.Progress p = c.record(status, f.progress(), f.version(), calendar.cutoff(c.jurisdictionId()),
                calendar.today(c.jurisdictionId()), Instant.now());
        try {
            commitments.save(c);
        } catch (OptimisticLockingFailureException e) {
            throw Commitment.stale();
        }
        if (Gov.blank(f.note()) != null) {
            commitments.addNote(id, f.sessionId(), f.note().strip(), p.progress(), user.fullName());
        }
        CommitmentView after = read.byId(id).orElseThrow();
        audit.record("UPDATE", "gov_commitment", id, after.jurisdictionId(), "Compromiso " + after.title() + ": "
                + labels.spanish(after.effectiveStatus()) + ", " + after.progress() + " %", before, after);
        return after;
    }

    @Transactional
    public EvidenceView addEvidence(long id, String name, String url, String contentType, byte[] content,
            CurrentUser user) {
        CommitmentView c = requireFollowUp(id, user);
        boolean file = content != null && content.length > 0;
        String link = Gov.blank(url);
        if (!file && link == null) {
            throw new ValidationException("url", "Adjunte un archivo o escriba el enlace de la evidencia.");
        }
        if (file && link != null) {
            throw new ValidationException("url", "Adjunte un archivo o un enlace, no ambos.");
        }
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            throw new ValidationException("url", "El enlace debe empezar por http:// o https://.");
        }
        if (file && content.length > 20 * 1024 * 1024) {
            throw new ValidationException("file", "El archivo supera 20 MB.");
        }
        String label = Gov.blank(name) != null ? name.strip() : link != null ? link : "evidencia";
        long eid = commitments.addEvidence(id, label, file ? null : link, file ? contentType : null,
                file ? content : null, user.fullName());
        audit.record("CREATE", "gov_commitment_evidence", eid, c.jurisdictionId(),
                "Evidencia '" + label + "' del compromiso " + c.title(), null, Map.of("name", label, "file", file));
        return read.evidence(id).stream().filter(e -> e.id() == eid).findFirst().orElseThrow();
    }
}
