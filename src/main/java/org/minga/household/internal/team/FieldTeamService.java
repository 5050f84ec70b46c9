package org.minga.household.internal.team;

import java.util.ArrayList;
import java.util.List;

import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.team.FieldTeamRecords.Member;
import org.minga.household.internal.team.FieldTeamRecords.TeamCommand;
import org.minga.household.internal.team.FieldTeamRecords.TeamView;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forms field teams: their members and the territories they visit, within the user's scope. */
@Service
public class FieldTeamService {

    private final JdbcClient jdbc;
    private final FieldTeamReadModel reads;
    private final ScopeQueries access;
    private final Territories territories;
    private final AuditLog audit;

    FieldTeamService(JdbcClient jdbc, FieldTeamReadModel reads, ScopeQueries access, Territories territories,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.access = access;
        this.territories = territories;
        this.audit = audit;
    }

    @Transactional
    public TeamView create(TeamCommand c, CurrentUser user) {
        access.require(user, Capability.MANAGE_TERRITORY);
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();
        if (c.code() == null || !c.code().strip().matches("[A-Za-z0-9_-]{1,40}")) {
            errors.add(
                    new FieldError("code", "El código del equipo es obligatorio (letras, dígitos, guion; máximo 40)."));
        } else if (reads.fieldTeamByCode(j.id(), c.code().strip()).isPresent()) {
            errors.add(new FieldError("code", "Ya existe un equipo con el código " + c.code().strip() + "."));
        }
        List<TerritoryView> ts = check(c, j, access.scope(user), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("insert into field_team (jurisdiction_id, code, name) values (:j, :c, :n) returning id")
                .param("j", j.id()).param("c", c.code().strip()).param("n", c.name().strip()).query(Long.class)
                .single();
        write(id, c.members() == null ? List.of() : c.members(), ts);
        TeamView v = reads.team(id);
        audit.record("CREATE", "FieldTeam", id, j.id(), "Equipo básico extramural " + v.code(), null, v);
        return v;
    }

    /**
     * Changes a team's name, members and the territories assigned to it within the user's scope (assignments outside
     * it, made by someone with a wider scope, are kept).
     */
    @Transactional
    public TeamView update(long id, TeamCommand c, int version, CurrentUser user) {
        access.require(user, Capability.MANAGE_TERRITORY);
        TeamView before = reads.visibleTeam(id, user);
        Jurisdiction j = access.jurisdiction(before.jurisdictionId());
        AccessScope scope = access.scope(user);
        List<FieldError> errors = new ArrayList<>();
        List<TerritoryView> ts = check(c, j, scope, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql("update field_team set name = :n, version = version + 1 where id = :id and version = :v")
                .param("n", c.name().strip()).param("id", id).param("v", version).update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó este equipo; recargue la página.");
        }
        jdbc.sql("delete from field_team_member where team_id = :t").param("t", id).update();
        jdbc.sql("""
                delete from field_team_territory ft using territory t
                where ft.team_id = :t and t.id = ft.territory_id and t.path like :p""")
                .param("t", id).param("p", scope.likePattern()).update();
        write(id, c.members() == null ? List.of() : c.members(), ts);
        TeamView after = reads.team(id);
        audit.record("UPDATE", "FieldTeam", id, j.id(), "Equipo básico extramural " + after.code(), before, after);
        return after;
    }

    private void write(long id, List<Member> members, List<TerritoryView> ts) {
        for (Member m : members) {
            jdbc.sql("insert into field_team_member (team_id, name, role, username) values (:t, :n, :r, :u)")
                    .param("t", id).param("n", m.name().strip()).param("r", m.role().strip())
                    .param("u", m.username() == null || m.username().isBlank() ? null : m.username().strip()).update();
        }
        for (TerritoryView t : ts) {
            jdbc.sql("insert into field_team_territory (team_id, territory_id) values (:t, :tt) on conflict do nothing")
                    .param("t", id).param("tt", t.id()).update();
        }
    }

    private List<TerritoryView> check(TeamCommand c, Jurisdiction j, AccessScope scope, List<FieldError> errors) {
        if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
            errors.add(new FieldError("name", "El nombre del equipo es obligatorio (máximo 200 caracteres)."));
        }
        List<TerritoryView> ts = new ArrayList<>();
        if (c.territoryCodes() == null || c.territoryCodes().isEmpty()) {
            errors.add(new FieldError("territoryCodes", "Asigne al menos un territorio al equipo."));
        } else {
            for (String code : c.territoryCodes()) {
                TerritoryView t = territories.byCode(j.id(), code).orElse(null);
                if (t == null) {
                    errors.add(new FieldError("territoryCodes",
                            "El territorio " + code + " no existe en " + j.name() + "."));
                } else if (!scope.includes(t.jurisdictionId(), t.path())) {
                    errors.add(new FieldError("territoryCodes",
                            "El territorio " + t.name() + " está fuera de su alcance."));
                } else {
                    ts.add(t);
                }
            }
        }
        for (Member m : c.members() == null ? List.<Member>of() : c.members()) {
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
        return ts;
    }
}
