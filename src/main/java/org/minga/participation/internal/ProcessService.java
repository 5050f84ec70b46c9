package org.minga.participation.internal;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.participation.internal.ProcessReadModel.ProcessView;
import org.minga.participation.internal.domain.ParticipatoryProcess;
import org.minga.participation.internal.domain.ProcessTemplate;
import org.minga.participation.internal.domain.StageStatus;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.Times;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens {@link ParticipatoryProcess}es and keeps their stages, team, directorates and pilot evaluations. */
@Service
@RequiredArgsConstructor
public class ProcessService {

    public record NewProcess(String jurisdiction, String name, String template, LocalDate startsOn,
            LocalDate endsOn) {
    }

    /** A stage's plan and status; {@code doneOn} (optional) is the day a stage being marked done was done. */
    public record StageUpdate(LocalDate startsOn, LocalDate endsOn, String responsible, String status,
            LocalDate doneOn) {
    }

    private final ProcessRepository processes;
    private final ProcessReadModel read;
    private final Scopes scopes;
    private final Labels labels;
    private final AuditLog audit;

    /** A process the user may see (its jurisdiction within the user's reach); otherwise not found. */
    ProcessView process(CurrentUser user, long id) {
        ProcessView p = read.byId(id).orElseThrow(() -> new NotFoundException("El proceso " + id + " no existe."));
        if (!scopes.territories().scopeOf(user).includesJurisdiction(p.jurisdictionId())) {
            throw new NotFoundException("El proceso " + id + " no existe.");
        }
        return p;
    }

    @Transactional
    public long open(CurrentUser user, NewProcess cmd) {
        scopes.requireWriter(user);
        Jurisdiction j = scopes.jurisdiction(cmd.jurisdiction(), user);
        ProcessTemplate template = cmd.template() == null ? null
                : labels.parse(ProcessTemplate.class, cmd.template()).orElse(null);
        ParticipatoryProcess p = ParticipatoryProcess.open(j.id(), cmd.name(), template, cmd.startsOn(),
                cmd.endsOn());
        if (read.nameTaken(j.id(), p.name())) {
            throw new ValidationException("name", "Ya hay un proceso llamado «" + p.name() + "».");
        }
        long id = processes.save(p).id().value();
        audit.record("process.open", "participatory_process", id, j.id(), "Proceso " + p.name(), null, cmd);
        return id;
    }

    @Transactional
    public void updateStage(CurrentUser user, long id, int index, StageUpdate cmd) {
        ParticipatoryProcess p = writable(user, id);
        p.updateStage(index, cmd.startsOn(), cmd.endsOn(), cmd.responsible(),
                cmd.status() == null ? null : labels.parse(StageStatus.class, cmd.status()).orElseThrow(
                        () -> new ValidationException("status", "Elija el estado de la etapa.")),
                cmd.doneOn(), Times.todayIn(p.jurisdictionId()));
        save(p, "process.stage", "Etapa " + (index + 1));
    }

    @Transactional
    public void addStage(CurrentUser user, long id, String stage) {
        ParticipatoryProcess p = writable(user, id);
        p.addStage(stage);
        save(p, "process.stage", "Nueva etapa " + stage);
    }

    @Transactional
    public void addTeamMember(CurrentUser user, long id, String name, String role) {
        ParticipatoryProcess p = writable(user, id);
        p.addTeamMember(name, role);
        save(p, "process.team", "Equipo gestor: " + name);
    }

    @Transactional
    public void addDirectorates(CurrentUser user, long id, List<String> names) {
        ParticipatoryProcess p = writable(user, id);
        if (names == null || names.isEmpty()) {
            throw new ValidationException("directorate", "Indique la dirección que participa.");
        }
        names.forEach(p::addDirectorate);
        save(p, "process.directorate", "Direcciones participantes");
    }

    @Transactional
    public void evaluatePilot(CurrentUser user, long id, long spaceId, String evaluation, String adjustments) {
        ParticipatoryProcess p = writable(user, id);
        if (!read.spaceOf(spaceId, p.jurisdictionId(), p.name())) {
            throw new ValidationException("spaceId", "El taller piloto debe ser un espacio de este proceso.");
        }
        p.evaluatePilot(spaceId, evaluation, adjustments);
        save(p, "process.pilot", "Evaluación del piloto " + spaceId);
    }

    /** A process the user may see and change (participation writers only). */
    ProcessView writableView(CurrentUser user, long id) {
        scopes.requireWriter(user);
        return process(user, id);
    }

    private ParticipatoryProcess writable(CurrentUser user, long id) {
        scopes.requireWriter(user);
        process(user, id);
        return processes.findById(id).orElseThrow();
    }

    private void save(ParticipatoryProcess p, String action, String summary) {
        processes.save(p);
        audit.record(action, "participatory_process", p.id().value(), p.jurisdictionId(), summary, null, null);
    }
}
