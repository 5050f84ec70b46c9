package org.minga.participation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.minga.participation.internal.ProcessReadModel.ProcessView;
import org.minga.participation.internal.domain.CollectiveProject;
import org.minga.participation.internal.domain.ProjectTerritory;
import org.minga.planning.PlanActions;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
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
public class CollectiveProjects {

    /** The kind of work a collective project is for planning. */
    static final String KIND = "collective-project";

    /**
     * A project: its name, what it does, the space of the process where it was formulated (optional), the entities
     * that co-formulate it, the territories it covers (ids) and the plan action it serves (optional).
     */
    public record NewProject(String name, String description, Long spaceId, List<String> entities,
            List<Long> territoryIds, Long planActionId) {
    }

    private final CollectiveProjectRepository projects;
    private final ProcessService processes;
    private final ProcessReadModel read;
    private final Territories territories;
    private final PlanActions planActions;
    private final AuditLog audit;

    CollectiveProjects(CollectiveProjectRepository projects, ProcessService processes, ProcessReadModel read,
            Territories territories, PlanActions planActions, AuditLog audit) {
        this.projects = projects;
        this.processes = processes;
        this.read = read;
        this.territories = territories;
        this.planActions = planActions;
        this.audit = audit;
    }

    @Transactional
    public long formulate(CurrentUser user, long processId, NewProject cmd) {
        ProcessView p = processes.writableView(user, processId);
        if (cmd.spaceId() != null && !read.spaceOf(cmd.spaceId(), p.jurisdictionId(), p.name())) {
            throw new ValidationException("spaceId", "El espacio donde se formuló el proyecto debe ser un espacio "
                    + "de este proceso.");
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
                cmd.spaceId(), cmd.name(), cmd.description(), cmd.entities(), covered, Instant.now()));
        audit.record("process.project", "collective_project", project.id(), p.jurisdictionId(),
                "Proyecto colectivo " + project.name(), null, cmd);
        if (cmd.planActionId() != null) {
            planActions.link(user, cmd.planActionId(), KIND, project.id());
        }
        return project.id();
    }
}
