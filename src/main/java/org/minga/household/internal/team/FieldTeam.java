package org.minga.household.internal.team;

import java.util.List;

import org.minga.household.internal.team.FieldTeamRecords.Member;
import org.minga.platform.FieldError;

/**
 * A field team (equipo básico extramural) as it is composed: its name and its members, each with a name and a
 * profile (enfermera, psicólogo...). The territories it visits are assigned within the scope of who assigns them
 * ({@link FieldTeamService}); {@link FieldTeamRepository} writes both.
 */
record FieldTeam(String name, List<Member> members) {

    FieldTeam {
        members = List.copyOf(members);
    }

    /**
     * The team with its name and members trimmed, or null when they are not valid: then each problem, naming its
     * field, is added to {@code errors}.
     */
    static FieldTeam composed(String name, List<Member> members, List<FieldError> errors) {
        int before = errors.size();
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add(new FieldError("name", "El nombre del equipo es obligatorio (máximo 200 caracteres)."));
        }
        List<Member> given = members == null ? List.of() : members;
        for (Member m : given) {
            if (m.name() == null || m.name().isBlank() || m.role() == null || m.role().isBlank()) {
                errors.add(new FieldError("members",
                        "Cada integrante necesita nombre y perfil (p. ej. enfermera, psicólogo)."));
                break;
            }
            if (m.name().length() > 200 || m.role().length() > 100
                    || (m.username() != null && m.username().length() > 60)) {
                errors.add(new FieldError("members",
                        "El integrante " + m.name().strip() + " tiene un dato demasiado largo."));
                break;
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new FieldTeam(name.strip(), given.stream().map(m -> new Member(m.name().strip(), m.role().strip(),
                m.username() == null || m.username().isBlank() ? null : m.username().strip())).toList());
    }
}
