package org.minga.training.internal.domain;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A team whose capacities are followed (an equipo básico extramural, the staff of a point of attention, a group of
 * surveyors): its role is an {@link Audience}, whose needed capacities the catalogue lists; its gaps are the needed
 * capacities some member does not hold yet.
 */
@Table("training_team")
public class TrainingTeam extends CatalogueEntry<TrainingTeam> {

    private Audience audience;
    private String territoryPath;
    @MappedCollection(idColumn = "team_id", keyColumn = "position")
    private List<TeamMember> members = new ArrayList<>();

    private TrainingTeam() {
    }

    public static TrainingTeam form(long jurisdictionId, String territoryPath, String code, String name,
            Audience audience) {
        if (code == null || code.isBlank() || name == null || name.isBlank() || audience == null) {
            throw new ValidationException("code", "Indique el código, el nombre y el rol del equipo.");
        }
        TrainingTeam t = new TrainingTeam();
        t.catalogue(jurisdictionId, code, name);
        t.territoryPath = territoryPath;
        t.audience = audience;
        return t;
    }

    /** Adds a member once (the same person or user twice is refused). */
    public void join(TeamMember m) {
        for (TeamMember existing : members) {
            if ((m.personId() != null && m.personId().equals(existing.personId()))
                    || (m.userId() != null && m.userId().equals(existing.userId()))) {
                throw new ValidationException("member", m.name() + " ya es miembro del equipo " + code() + ".");
            }
        }
        members.add(m);
    }

    public List<TeamMember> members() {
        return List.copyOf(members);
    }
}
