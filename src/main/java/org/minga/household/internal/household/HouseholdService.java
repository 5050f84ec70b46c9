package org.minga.household.internal.household;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.household.internal.shared.HouseholdFactsChanged;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.shared.Texts;
import org.minga.household.internal.team.FieldTeamReadModel;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Identity;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.LocatedTerritory;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryLocator;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and edits households: checks the form, places the household, saves it, audits. */
@Service
@RequiredArgsConstructor
public class HouseholdService {

    private final HouseholdRepository households;
    private final HouseholdReadModel reads;
    private final ScopeQueries access;
    private final Territories territories;
    private final TerritoryLocator locator;
    private final FieldTeamReadModel teams;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    @Transactional
    public HouseholdView create(HouseholdCommand c, CurrentUser user) {
        access.requireWriter(user);
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = resolveTerritory(c, j, user, errors);
        check(c, j, errors);
        String code = Texts.trim(c.code());
        if (code != null && households.existsByJurisdictionIdAndCode(j.id(), code)) {
            errors.add(new FieldError("code", "Ya existe un hogar con el código " + code + " en " + j.name() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Identity<Household> id = new Identity<>(households.nextId());
        Household h = Household.register(id, j.id(), code == null ? "H-" + id.value() : code, place(c, t), details(c),
                user.username(), Instant.now());
        households.save(h);
        HouseholdView v = reads.household(id.value());
        audit.record("CREATE", "Household", id.value(), j.id(), "Hogar " + v.code() + " en " + t.name(), null, v);
        return v;
    }

    @Transactional
    public HouseholdView update(long id, HouseholdCommand c, CurrentUser user) {
        access.requireWriter(user);
        access.household(id, user);
        HouseholdView before = reads.household(id);
        Household h = households.findById(id)
                .orElseThrow(() -> new NotFoundException("El hogar " + id + " no existe."));
        Jurisdiction j = access.jurisdiction(h.jurisdictionId());
        List<FieldError> errors = new ArrayList<>();
        boolean moves = c.territoryId() != null || c.territoryCode() != null || c.latitude() != null;
        TerritoryView t = moves ? resolveTerritory(c, j, user, errors)
                : territories.byId(h.territoryId()).orElseThrow();
        check(c, j, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        h.requireVersion(c.version());
        h.moveTo(place(c, t));
        h.describe(details(c), Instant.now());
        households.save(h);
        households.moveMembers(id, t.id(), t.path());
        HouseholdView after = reads.household(id);
        audit.record("UPDATE", "Household", id, j.id(), "Hogar " + after.code(), before, after);
        events.publishEvent(new HouseholdFactsChanged(id));
        return after;
    }

    private static Household.Place place(HouseholdCommand c, TerritoryView t) {
        return new Household.Place(t.id(), t.path(), c.latitude(), c.longitude());
    }

    private static Household.Details details(HouseholdCommand c) {
        return new Household.Details(Texts.trim(c.address()), c.estrato(), SisbenGroup.ofNullable(c.sisbenGroup()),
                Boolean.TRUE.equals(c.priority()), c.fieldTeamId());
    }

    private void check(HouseholdCommand c, Jurisdiction j, List<FieldError> errors) {
        if (c.estrato() != null && (c.estrato() < 0 || c.estrato() > 6)) {
            errors.add(new FieldError("estrato", "El estrato debe estar entre 0 y 6."));
        }
        if (!Texts.blank(c.sisbenGroup()) && SisbenGroup.normalise(c.sisbenGroup()) == null) {
            errors.add(new FieldError("sisbenGroup", "El grupo SISBEN IV '" + c.sisbenGroup()
                    + "' no es válido: use A1 a A5, B1 a B7, C1 a C18 o D1 a D21."));
        }
        if (c.address() != null && c.address().length() > 300) {
            errors.add(new FieldError("address", "La dirección admite 300 caracteres."));
        }
        if (c.fieldTeamId() != null && teams.fieldTeam(j.id(), c.fieldTeamId()).isEmpty()) {
            errors.add(
                    new FieldError("fieldTeamId", "El equipo " + c.fieldTeamId() + " no existe en " + j.name() + "."));
        }
        if (c.code() != null && c.code().length() > 40) {
            errors.add(new FieldError("code", "El código del hogar admite 40 caracteres."));
        }
    }

    private TerritoryView resolveTerritory(HouseholdCommand c, Jurisdiction j, CurrentUser user,
            List<FieldError> errors) {
        Optional<TerritoryView> chosen;
        if (c.territoryId() != null) {
            chosen = territories.byId(c.territoryId());
        } else if (!Texts.blank(c.territoryCode())) {
            chosen = territories.byCode(j.id(), c.territoryCode().strip());
        } else if (c.latitude() != null && c.longitude() != null) {
            chosen = located(c, j, user, errors);
            if (chosen == null) {
                return null;
            }
        } else {
            errors.add(new FieldError("territoryId", "Indique el territorio del hogar, o su latitud y longitud."));
            return null;
        }
        TerritoryView t = chosen.orElse(null);
        if (t == null || t.jurisdictionId() != j.id()) {
            errors.add(new FieldError("territoryId", "El territorio indicado no existe en " + j.name() + "."));
            return null;
        }
        AccessScope scope = access.scope(user);
        if (!scope.includes(t.jurisdictionId(), t.path())) {
            errors.add(new FieldError("territoryId",
                    "El territorio " + t.name() + " está fuera de su alcance territorial."));
            return null;
        }
        return t;
    }

    /** The territory of the user's scope the point falls in; null (with the error) when there is none. */
    private Optional<TerritoryView> located(HouseholdCommand c, Jurisdiction j, CurrentUser user,
            List<FieldError> errors) {
        if (c.latitude() < -90 || c.latitude() > 90 || c.longitude() < -180 || c.longitude() > 180) {
            errors.add(new FieldError("latitude", "La latitud o la longitud están fuera de rango."));
            return null;
        }
        Optional<LocatedTerritory> located = locator.locate(c.latitude(), c.longitude(), j.id(), user);
        if (located.isEmpty()) {
            errors.add(new FieldError("latitude", "El punto (" + c.latitude() + ", " + c.longitude()
                    + ") no cae en ningún territorio de su alcance en " + j.name() + "."));
            return null;
        }
        return territories.byId(located.get().id());
    }
}
