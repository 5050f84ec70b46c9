package org.minga.participation.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.platform.Aggregate;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participatory process (a PLADECO update, a cycle of dialogues): named as its spaces and surveys name it, with
 * stages from a {@link ProcessTemplate} that only move forward, a managing team, the participating directorates and
 * its pilot workshops evaluated before the rounds. Its reports are generated from the spaces, contributions and
 * surveys that carry its name.
 *
 * <p>Mapped by Spring Data JDBC to {@code participatory_process} and its stages, team, directorates and pilots.
 */
@Table("participatory_process")
public class ParticipatoryProcess extends Aggregate<ParticipatoryProcess> {

    private long jurisdictionId;
    private String name;
    private ProcessTemplate template;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @MappedCollection(idColumn = "process_id", keyColumn = "position")
    private List<ProcessStage> stages = new ArrayList<>();
    @MappedCollection(idColumn = "process_id", keyColumn = "position")
    private List<TeamMember> team = new ArrayList<>();
    @MappedCollection(idColumn = "process_id", keyColumn = "position")
    private List<Directorate> directorates = new ArrayList<>();
    @MappedCollection(idColumn = "process_id")
    private Set<PilotEvaluation> pilots = new LinkedHashSet<>();

    private ParticipatoryProcess() {
    }

    /** A new process with its template's stages, all pending. */
    public static ParticipatoryProcess open(long jurisdictionId, String name, ProcessTemplate template,
            LocalDate startsOn, LocalDate endsOn) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new ValidationException("name", "Indique el nombre del proceso (hasta 120 caracteres), el mismo "
                    + "que llevan sus espacios y encuestas.");
        }
        if (template == null) {
            throw new ValidationException("template", "Elija la plantilla de etapas del proceso.");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new ValidationException("endsOn", "Indique el periodo del proceso; el fin no puede ser anterior "
                    + "al inicio.");
        }
        ParticipatoryProcess p = new ParticipatoryProcess();
        p.jurisdictionId = jurisdictionId;
        p.name = name.strip();
        p.template = template;
        p.startsOn = startsOn;
        p.endsOn = endsOn;
        template.stages().forEach(s -> p.stages.add(new ProcessStage(s, null, null, null, StageStatus.PENDING, null)));
        return p;
    }

    /** Adds a stage at the end (a process without template, or one the team adds). */
    public void addStage(String stageName) {
        if (stageName == null || stageName.isBlank()) {
            throw new ValidationException("stage", "Indique el nombre de la etapa.");
        }
        stages.add(new ProcessStage(stageName.strip(), null, null, null, StageStatus.PENDING, null));
    }

    /**
     * Plans stage {@code index} (from zero) and moves it to {@code status}: dates within order, a status that never
     * goes back (pendiente, en curso, hecha). A stage that becomes done records {@code doneOn} (the day it was done,
     * never after {@code today}); one already done keeps its day.
     */
    public void updateStage(int index, LocalDate from, LocalDate to, String responsible, StageStatus status,
            LocalDate doneOn, LocalDate today) {
        if (index < 0 || index >= stages.size()) {
            throw new ValidationException("stage", "Esa etapa no existe en este proceso.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("endsOn", "La etapa no puede terminar antes de empezar.");
        }
        ProcessStage s = stages.get(index);
        StageStatus next = status == null ? s.status() : status;
        if (next.ordinal() < s.status().ordinal()) {
            throw new ValidationException("status", "Una etapa no vuelve atrás: de «hecha» o «en curso» no pasa a "
                    + "un estado anterior.");
        }
        LocalDate done = s.doneOn();
        if (next == StageStatus.DONE && done == null) {
            done = doneOn == null ? today : doneOn;
            if (done.isAfter(today)) {
                throw new ValidationException("doneOn", "La fecha en que se hizo la etapa no puede ser futura.");
            }
        }
        stages.set(index, new ProcessStage(s.name(), from, to,
                responsible == null || responsible.isBlank() ? null : responsible.strip(), next, done));
    }

    public void addTeamMember(String member, String role) {
        if (member == null || member.isBlank()) {
            throw new ValidationException("member", "Indique el nombre de la persona del equipo gestor.");
        }
        team.add(new TeamMember(member.strip(), role == null || role.isBlank() ? null : role.strip()));
    }

    public void addDirectorate(String directorate) {
        if (directorate == null || directorate.isBlank()) {
            throw new ValidationException("directorate", "Indique la dirección que participa.");
        }
        if (directorates.stream().noneMatch(d -> d.name().equalsIgnoreCase(directorate.strip()))) {
            directorates.add(new Directorate(directorate.strip()));
        }
    }

    /** Records a pilot workshop's evaluation and the adjustments made; one evaluation per pilot. */
    public void evaluatePilot(long spaceId, String evaluation, String adjustments) {
        if (evaluation == null || evaluation.isBlank()) {
            throw new ValidationException("evaluation", "Escriba la evaluación del taller piloto.");
        }
        pilots.removeIf(p -> p.spaceId() == spaceId);
        pilots.add(new PilotEvaluation(spaceId, evaluation.strip(),
                adjustments == null || adjustments.isBlank() ? null : adjustments.strip()));
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String name() {
        return name;
    }
}
