package org.minga.participation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.participation.internal.ProcessReadModel.ProcessView;
import org.minga.participation.internal.domain.CollectiveProject;
import org.minga.participation.internal.domain.ProjectTerritory;
import org.minga.planning.PlanActions;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.LinkTargets;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Formulates the {@link CollectiveProject}s of a participatory process and ties each to the plan action it serves
 * (through planning's {@link PlanActions}, kind {@value #KIND}).
 */
@Service
@RequiredArgsConstructor
public class CollectiveProjects {

    /** The kind of work a collective project is for planning. */
    static final String KIND = "collective-project";

    /**
     * A project: its name, what it does, where it was formulated (optional: a space of the process, or an
     * intersectoral body of its jurisdiction), the entities that co-formulate it, the territories it covers (ids)
     * and the plan action it serves (optional).
     */
    public record NewProject(String name, String description, Long spaceId, Long bodyId, List<String> entities,
            List<Long> territoryIds, Long planActionId) {
    }

    /** A project as its process's page and API show it: where it was formulated and the plan actions it serves. */
    public record ProjectSheet(ProcessReadModel.ProjectView project, LinkTargets.Target body,
            List<PlanActions.ServedAction> planActions) {
    }

    /** The kind of {@link LinkTargets} an intersectoral body is. */
    static final String BODY = "body";

    private final CollectiveProjectRepository projects;
    private final ProcessService processes;
    private final ProcessReadModel read;
    private final Territories territories;
    private final PlanActions planActions;
    private final AuditLog audit;
    private final List<LinkTargets> links;

    /** The projects of a process of the jurisdiction, with the body each was formulated in and the actions served. */
    public List<ProjectSheet> sheets(long processId, long jurisdictionId) {
        return read.projects(processId).stream()
                .map(x -> new ProjectSheet(x, x.bodyId() == null ? null : body(jurisdictionId, x.bodyId()).orElse(null),
                        planActions.servedBy(KIND, x.id())))
                .toList();
    }

    private java.util.Optional<LinkTargets.Target> body(long jurisdictionId, long bodyId) {
        return links.stream().filter(l -> l.kind().equals(BODY)).findFirst()
                .flatMap(l -> l.byId(jurisdictionId, bodyId));
    }

    @Transactional
    public long formulate(CurrentUser user, long processId, NewProject cmd) {
        ProcessView p = processes.writableView(user, processId);
        if (cmd.spaceId() != null && !read.spaceOf(cmd.spaceId(), p.jurisdictionId(), p.name())) {
            throw new ValidationException("spaceId", "El espacio donde se formuló el proyecto debe ser un espacio "
                    + "de este proceso.");
        }
        if (cmd.bodyId() != null && body(p.jurisdictionId(), cmd.bodyId()).isEmpty()) {
            throw new ValidationException("bodyId", "La instancia donde se formuló el proyecto no existe en la "
                    + "jurisdicción del proceso.");
        }
        List<ProjectTerritory> covered = new ArrayList<>();
        for (Long t : cmd.territoryIds() == null ? List.<Long>of() : cmd.territoryIds()) {
            TerritoryView v = territories.requireVisible(t, user);
            if (v.jurisdictionId() != p.jurisdictionId()) {
                throw new ValidationException("territoryIds", "El territorio " + v.name() + " no es de la "
                        + "jurisdicción del proceso.");
            }
            covered.add(new ProjectTerritory(v.id(), v.path()));
        }
        CollectiveProject project = projects.save(CollectiveProject.formulate(p.jurisdictionId(), processId,
                cmd.spaceId(), cmd.bodyId(), cmd.name(), cmd.description(), cmd.entities(), covered, Instant.now()));
        audit.record("process.project", "collective_project", project.id().value(), p.jurisdictionId(),
                "Proyecto colectivo " + project.name(), null, cmd);
        if (cmd.planActionId() != null) {
            planActions.link(user, cmd.planActionId(), KIND, project.id().value());
        }
        return project.id().value();
    }
}
