package org.minga.participation.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A member of a process's managing team (equipo gestor): a name and the role in the team. */
@Table("process_team_member")
public record TeamMember(String name, String role) {
}
