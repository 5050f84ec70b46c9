package org.minga.household.internal.team;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.household.internal.shared.ScopeQueries;
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
@RequiredArgsConstructor
public class FieldTeamService {

    private final FieldTeamRepository repository;
    private final FieldTeamReadModel reads;
    private final ScopeQueries access;
    private final Territories territories;
    private final AuditLog audit;

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
        FieldTeam team = FieldTeam.composed(c.name(), c.members(), errors);
        List<TerritoryView> ts = check(c, j, access.scope(user), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = repository.add(j.id(), c.code().strip(), team.name());
        repository.replaceMembers(id, team.members());
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
        FieldTeam team = FieldTeam.composed(c.name(), c.members(), errors);
        List<TerritoryView> ts = check(c, j, scope, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        repository.rename(id, team.name(), version);
        repository.replaceMembers(id, team.members());
        repository.replaceTerritories(id, scope.likePattern(), ids(ts));
        TeamView after = reads.team(id);
        audit.record("UPDATE", "FieldTeam", id, j.id(), "Equipo básico extramural " + after.code(), before, after);
        return after;
    }

    /**
     * Sets the team's institutional contact (shown with the team on the local management board): a phone of 7 to 15
     * digits (spaces, dashes and a leading + allowed) and an e-mail address, each optional.
     */
    @Transactional
    public TeamView contact(long id, String phone, String email, CurrentUser user) {
        access.require(user, Capability.MANAGE_TERRITORY);
        TeamView before = reads.visibleTeam(id, user);
        List<FieldError> errors = new ArrayList<>();
        String p = phone == null || phone.isBlank() ? null : phone.strip();
        String e = email == null || email.isBlank() ? null : email.strip();
        if (p != null && !p.matches("\\+?[0-9][0-9 -]{5,18}[0-9]")) {
            errors.add(new FieldError("phone", "El teléfono del equipo debe tener entre 7 y 15 dígitos."));
        }
        if (e != null && (e.length() > 200 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add(new FieldError("email", "El correo del equipo no es una dirección válida."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        repository.contact(id, p, e);
        audit.record("UPDATE", "FieldTeam", id, before.jurisdictionId(), "Contacto del equipo " + before.code(),
                null, java.util.Map.of("phone", String.valueOf(p), "email", String.valueOf(e)));
        return reads.team(id);
    }

    private static List<Long> ids(List<TerritoryView> ts) {
        return ts.stream().map(TerritoryView::id).toList();
    }

    private List<TerritoryView> check(TeamCommand c, Jurisdiction j, AccessScope scope, List<FieldError> errors) {
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
        return ts;
    }
}
