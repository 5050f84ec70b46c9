package org.minga.participation.internal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.platform.Aggregate;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A collective project (seed 002): formulated together in a participatory process, in one of its spaces or by the
 * process itself, with the entities that co-formulate it and the territories it covers. The plan action it serves
 * is tied through planning (the kind "collective-project" of {@code planning.PlannedWork}).
 *
 * <p>Mapped by Spring Data JDBC to {@code collective_project} and its entities and territories.
 */
@Table("collective_project")
public class CollectiveProject extends Aggregate<CollectiveProject> {

    private long jurisdictionId;
    private long processId;
    private Long spaceId;
    private Long bodyId;
    private String name;
    private String description;
    private Instant createdAt;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private List<CoFormulator> entities = new ArrayList<>();
    @MappedCollection(idColumn = "project_id")
    private Set<ProjectTerritory> territories = new LinkedHashSet<>();

    private CollectiveProject() {
    }

    /**
     * A project of the process {@code processId}, formulated in the space {@code spaceId} or in the intersectoral
     * body {@code bodyId} (one of them at most; none: by the process) by at least one entity; the same entity named
     * twice counts once.
     */
    public static CollectiveProject formulate(long jurisdictionId, long processId, Long spaceId, Long bodyId,
            String name,
            String description, List<String> entities, List<ProjectTerritory> territories, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > 300) {
            throw new ValidationException("name", "Indique el nombre del proyecto (hasta 300 caracteres).");
        }
        if (spaceId != null && bodyId != null) {
            throw new ValidationException("bodyId", "Un proyecto se formula en un espacio de participación o en una "
                    + "instancia, no en los dos: indique solo uno.");
        }
        CollectiveProject p = new CollectiveProject();
        for (String e : entities == null ? List.<String>of() : entities) {
            if (e != null && !e.isBlank() && p.entities.stream().noneMatch(x -> x.name().equalsIgnoreCase(e.strip()))) {
                if (e.strip().length() > 200) {
                    throw new ValidationException("entities", "El nombre de una entidad admite hasta 200 caracteres.");
                }
                p.entities.add(new CoFormulator(e.strip()));
            }
        }
        if (p.entities.isEmpty()) {
            throw new ValidationException("entities", "Indique las entidades que formulan el proyecto.");
        }
        if (description != null && description.strip().length() > 4000) {
            throw new ValidationException("description", "La descripción admite hasta 4000 caracteres.");
        }
        p.jurisdictionId = jurisdictionId;
        p.processId = processId;
        p.spaceId = spaceId;
        p.bodyId = bodyId;
        p.name = name.strip();
        p.description = description == null || description.isBlank() ? null : description.strip();
        p.territories.addAll(territories);
        p.createdAt = now;
        return p;
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String name() {
        return name;
    }
}
