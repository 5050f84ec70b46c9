package org.minga.virtual.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.UserAccounts;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryView;
import org.minga.virtual.internal.domain.Steward;
import org.minga.virtual.internal.domain.StewardRole;
import org.minga.virtual.internal.domain.VirtualTerritory;
import org.minga.virtual.internal.domain.VirtualTerritoryKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers virtual territories (the command's territories and words resolved, then {@link VirtualTerritory} takes
 * it) and records their reach. Thin: the rules are the aggregate's.
 */
@Service
@RequiredArgsConstructor
class VirtualTerritories {

    /** A virtual territory as the form and the API send it: territories by code, kind and roles by code or words. */
    record RegisterCommand(String jurisdiction, String territory, String code, String name, String kind,
            String address, String rules, List<String> reaches, List<String> populationGroups,
            List<StewardCommand> stewards) {
    }

    /** An administrator or moderator as sent. */
    record StewardCommand(String name, String role) {
    }

    /** The reach counted on a date. */
    record ReachCommand(LocalDate measuredOn, Integer members, Integer followers) {
    }

    private final VirtualTerritoryRepository repository;
    private final VirtualAccess access;
    private final UserAccounts users;
    private final AuditLog audit;

    @Transactional
    long register(RegisterCommand c, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        TerritoryView home = access.territory(j, c.territory(), "territory");
        access.requireManaged(j.id(), home.path(), user);
        VirtualTerritory v;
        try {
            v = repository.save(VirtualTerritory.register(new VirtualTerritory.Place(j.id(), home.id(), home.path()),
                    profile(j, c), user.username()));
        } catch (DuplicateKeyException e) {
            throw duplicate(c);
        }
        long id = v.id().value();
        audit.record("CREATE", "VirtualTerritory", id, j.id(), "Territorio virtual " + v.code(), null, null);
        return id;
    }

    /** Replaces what a virtual territory says; it stays run from the same physical territory. */
    @Transactional
    void revise(long id, RegisterCommand c, CurrentUser user) {
        VirtualTerritory v = managed(id, user);
        v.revise(profile(access.jurisdictionById(v.jurisdictionId()), c));
        try {
            repository.save(v);
        } catch (DuplicateKeyException e) {
            throw duplicate(c);
        }
        audit.record("UPDATE", "VirtualTerritory", id, v.jurisdictionId(), "Territorio virtual " + v.code(), null,
                null);
    }

    /** The command's territories, kind and roles resolved; a steward named by a user's login takes their name. */
    private VirtualTerritory.Profile profile(Jurisdiction j, RegisterCommand c) {
        List<FieldError> errors = new ArrayList<>();
        VirtualTerritoryKind kind = parse(VirtualTerritoryKind.class, c.kind(), "kind", errors);
        Set<Long> reached = new LinkedHashSet<>();
        for (String code : c.reaches() == null ? List.<String>of() : c.reaches()) {
            try {
                reached.add(access.territory(j, code, "reaches").id());
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        List<Steward> stewards = new ArrayList<>();
        for (StewardCommand s : c.stewards() == null ? List.<StewardCommand>of() : c.stewards()) {
            String name = s.name() == null || s.name().isBlank() ? s.name()
                    : users.account(s.name().strip()).filter(u -> j.id() == (u.jurisdictionId() == null ? -1
                            : u.jurisdictionId())).map(CurrentUser::fullName).orElse(s.name());
            stewards.add(new Steward(name, parse(StewardRole.class, s.role(), "stewards", errors)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new VirtualTerritory.Profile(c.code(), c.name(), kind, c.address(), c.rules(), reached,
                c.populationGroups(), stewards);
    }

    private static ValidationException duplicate(RegisterCommand c) {
        return new ValidationException("code", "Ya existe un territorio virtual con el código " + c.code().strip()
                + ".");
    }

    private VirtualTerritory managed(long id, CurrentUser user) {
        VirtualTerritory v = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("El territorio virtual " + id + " no existe."));
        access.requireReadable(v.jurisdictionId(), v.territoryPath(), user, "El territorio virtual " + id);
        access.requireManaged(v.jurisdictionId(), v.territoryPath(), user);
        return v;
    }

    @Transactional
    void recordReach(long id, ReachCommand c, CurrentUser user) {
        VirtualTerritory v = managed(id, user);
        if (c == null || c.members() == null || c.followers() == null) {
            throw new ValidationException("members", "Indique los miembros y los seguidores contados.");
        }
        v.recordReach(c.measuredOn(), c.members(), c.followers(), access.today(v.jurisdictionId()));
        repository.save(v);
        audit.record("UPDATE", "VirtualTerritory", id, v.jurisdictionId(),
                "Alcance del territorio virtual " + v.code() + " el " + c.measuredOn(), null, null);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Labels.read(type, text).orElseGet(() -> {
            errors.add(new FieldError(field, "No se reconoce «" + text.strip() + "»."));
            return null;
        });
    }
}
