package org.minga.training.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.household.Households;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.UserAccounts;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryView;
import org.minga.training.internal.TrainingViews.CapacityView;
import org.minga.training.internal.TrainingViews.HoldingRow;
import org.minga.training.internal.TrainingViews.TeamView;
import org.minga.training.internal.domain.Audience;
import org.minga.training.internal.domain.Capacity;
import org.minga.training.internal.domain.CapacityKind;
import org.minga.training.internal.domain.TeamMember;
import org.minga.training.internal.domain.TrainingTeam;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capacity catalogue of a jurisdiction (capacities with their competences, and the capacities each role needs),
 * the teams whose capacities are followed, who holds what, and the teams' gaps.
 */
@Service
@RequiredArgsConstructor
class CapacityCatalogue {

    record CapacityCommand(String jurisdiction, String code, String name, String kind, List<String> competences,
            List<String> neededBy) {
    }

    record TeamCommand(String jurisdiction, String territory, String code, String name, String audience) {
    }

    record MemberCommand(Long personId, String username, String name) {
    }

    private final CapacityRepository capacities;
    private final TrainingTeamRepository teams;
    private final CapacityHoldingRepository holdings;
    private final CapacityReadModel read;
    private final TrainingAccess access;
    private final Households households;
    private final UserAccounts users;
    private final AuditLog audit;

    /** Adds a capacity to the catalogue (the user must manage training over the whole jurisdiction). */
    @Transactional
    CapacityView define(CapacityCommand c, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        if (!access.scope(user, Capability.RUN_TRAINING).wholeJurisdiction(j.id())) {
            throw new org.minga.platform.ForbiddenException(
                    "El catálogo de capacidades lo define quien gestiona la formación de toda la jurisdicción.");
        }
        CapacityKind kind = Labels.read(CapacityKind.class, c.kind()).orElse(null);
        Capacity saved;
        try {
            saved = capacities.save(Capacity.define(j.id(), c.code(), c.name(), kind, c.competences()));
        } catch (DuplicateKeyException e) {
            throw new ValidationException("code", "Ya existe una capacidad con el código " + c.code().strip() + ".");
        }
        for (String a : c.neededBy() == null ? List.<String>of() : c.neededBy()) {
            Audience audience = Labels.read(Audience.class, a).orElseThrow(() -> new ValidationException("neededBy",
                    "El rol «" + a + "» no existe: " + Labels.allowedWords(Audience.class) + "."));
            holdings.require(j.id(), audience.name(), saved.id().value());
        }
        audit.record("CREATE", "Capacity", saved.id().value(), j.id(), "Capacidad " + saved.code(), null, null);
        return catalogue(j).stream().filter(v -> v.id() == saved.id().value()).findFirst().orElseThrow();
    }

    List<CapacityView> catalogue(Jurisdiction j) {
        return read.catalogue(j.id());
    }

    @Transactional
    long formTeam(TeamCommand c, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        TerritoryView t = access.managedTerritory(j, c.territory(), user);
        Audience audience = Labels.read(Audience.class, c.audience()).orElseThrow(() -> new ValidationException(
                "audience", "Indique el rol del equipo: " + Labels.allowedWords(Audience.class) + "."));
        try {
            return teams.save(TrainingTeam.form(j.id(), t.path(), c.code(), c.name(), audience)).id().value();
        } catch (DuplicateKeyException e) {
            throw new ValidationException("code", "Ya existe un equipo con el código " + c.code().strip() + ".");
        }
    }

    @Transactional
    void join(long teamId, MemberCommand c, CurrentUser user) {
        TrainingTeam team = teams.findById(teamId)
                .orElseThrow(() -> new NotFoundException("El equipo " + teamId + " no existe."));
        access.requireManaged(read.teamJurisdiction(teamId).orElseThrow(), read.teamPath(teamId).orElseThrow(), user);
        if (c.personId() != null) {
            Households.PersonRef p = households.requireUsablePerson(c.personId(), user);
            team.join(new TeamMember(p.id(), null, p.displayName()));
        } else {
            String username = c.username() == null ? "" : c.username().strip();
            long userId = users.idOf(username).orElseThrow(
                    () -> new ValidationException("username", "No existe el usuario «" + username + "»."));
            team.join(new TeamMember(null, userId, c.name() == null || c.name().isBlank() ? username : c.name()));
        }
        teams.save(team);
    }

    /** The teams of the user's reach with their gaps against what their role needs. */
    List<TeamView> teams(Jurisdiction j, CurrentUser user) {
        var scope = access.scope(user, Capability.READ_TERRITORIAL_INFO);
        if (!scope.includesJurisdiction(j.id())) {
            return List.of();
        }
        return read.teams(j.id(), scope.likePattern());
    }

    TeamView team(long teamId, CurrentUser user) {
        long j = read.teamJurisdiction(teamId)
                .orElseThrow(() -> new NotFoundException("El equipo " + teamId + " no existe."));
        access.requireReadable(j, read.teamPath(teamId).orElseThrow(), user, "El equipo " + teamId);
        return read.teams(j, read.teamPath(teamId).orElseThrow()).stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow();
    }

    /** What a person holds (the caller may read the person's data: the household API checks it). */
    List<HoldingRow> personHoldings(long personId, CurrentUser user) {
        households.requireUsablePerson(personId, user);
        return read.holdings(personId, null);
    }

    /**
     * What an official holds, for a reader whose scope reaches the official's territory (a local user sees only the
     * officials of their territory); any other is answered as if there were no such user.
     */
    List<HoldingRow> userHoldings(String username, CurrentUser reader) {
        CurrentUser official = users.account(username)
                .filter(o -> access.reaches(o, reader, Capability.READ_PERSONAL_DATA))
                .orElseThrow(() -> new NotFoundException("No existe el usuario «" + username
                        + "» o está fuera de su alcance territorial."));
        return read.holdings(null, official.id());
    }
}
