package org.minga.household.internal.team;

import java.util.ArrayList;
import java.util.List;

import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.team.FieldTeamRecords.Member;
import org.minga.household.internal.team.FieldTeamRecords.TeamCommand;
import org.minga.household.internal.team.FieldTeamRecords.TeamView;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forms field teams: their members and the territories they visit, within the user's scope. */
@Service
public class FieldTeamService {

    private final FieldTeamRepository repository;
    private final FieldTeamReadModel reads;
    private final ScopeQueries access;
    private final Territories territories;
    private final AuditLog audit;

    FieldTeamService(FieldTeamRepository repository, FieldTeamReadModel reads, ScopeQueries access,
            Territories territories,
            AuditLog audit) {
        this.repository = repository;
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
        long id = repository.add(j.id(), c.code().strip(), c.name().strip());
        repository.replaceMembers(id, members(c));
        repository.assignTerritories(id, ids(ts));
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
        repository.rename(id, c.name().strip(), version);
        repository.replaceMembers(id, members(c));
        repository.replaceTerritories(id, scope.likePattern(), ids(ts));
        TeamView after = reads.team(id);
        audit.record("UPDATE", "FieldTeam", id, j.id(), "Equipo básico extramural " + after.code(), before, after);
        return after;
    }

    private static List<Member> members(TeamCommand c) {
        return c.members() == null ? List.of() : c.members();
    }

    private static List<Long> ids(List<TerritoryView> ts) {
        return ts.stream().map(TerritoryView::id).toList();
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
