package org.minga.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.NetworkReadModel.MeetingView;
import org.minga.governance.internal.NetworkReadModel.MemberRow;
import org.minga.governance.internal.NetworkReadModel.NetworkView;
import org.minga.governance.internal.domain.Network;
import org.minga.household.Households;
import org.minga.household.Households.PersonRef;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redes MAS Bienestar: forming a network in its territories, feeding a body, and its members (actors, and persons
 * household lets be used, read through household so its privacy rules and the access log apply).
 */
@Service
@RequiredArgsConstructor
public class Networks {

    public record NetworkForm(String jurisdiction, String code, String name, String purpose, String territoryCode,
            List<String> otherTerritoryCodes, String feedsBodyCode) {
    }

    /** An actor (by code or name) or a person (by id) joins, with a role, against the version read. */
    public record MemberForm(String actorCode, Long personId, String role, Integer version) {
    }

    /**
     * A network with its member actors, the member persons the user may read, its meetings (latest first), the ids
     * of its territories (for the map) and the social assets, services and care routes it ties together.
     */
    public record NetworkDetail(NetworkView network, List<MemberRow> actors, List<PersonMember> persons,
            List<MeetingView> meetings, List<Long> territoryIds, List<NetworkLinks.TiedRecord> ties) {
    }

    /** A member person as household gives them (only while their data may be used). */
    public record PersonMember(PersonRef person, String role, LocalDate joinedOn) {
    }

    private final NetworkRepository repository;
    private final NetworkReadModel read;
    private final BodyService bodies;
    private final Territories territories;
    private final Actors actors;
    private final Households households;
    private final Access access;
    private final AuditLog audit;
    private final NetworkLinks links;

    public List<NetworkView> list(Jurisdiction j, CurrentUser user) {
        return read.list(j.id(), access.prefix(user));
    }

    public List<NetworkView> feeding(long bodyId) {
        return read.feeding(bodyId);
    }

    public NetworkDetail detail(long id, CurrentUser user) {
        NetworkView n = access.requireVisible(read.byId(id), user, "la red " + id);
        List<MemberRow> actorRows = new ArrayList<>();
        List<PersonMember> persons = new ArrayList<>();
        for (MemberRow m : read.members(id)) {
            if (m.actorId() != null) {
                actorRows.add(m);
            } else {
                households.usablePerson(m.personId())
                        .filter(p -> access.readsPerson(user, p.jurisdictionId(), p.territoryPath()))
                        .ifPresent(p -> persons.add(new PersonMember(p, m.role(), m.joinedOn())));
            }
        }
        return new NetworkDetail(n, actorRows, persons, read.meetings(id), read.territoryIds(id),
                links.tied(id, n.jurisdictionId()));
    }

    @Transactional
    public NetworkView create(NetworkForm f, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(f.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();
        TerritoryView main = territory(j, f.territoryCode(), "territoryCode", errors);
        List<Long> others = new ArrayList<>();
        for (String code : f.otherTerritoryCodes() == null ? List.<String>of() : f.otherTerritoryCodes()) {
            TerritoryView t = territory(j, code, "otherTerritoryCodes", errors);
            if (t != null) {
                others.add(t.id());
            }
        }
        Long feeds = null;
        if (Gov.blank(f.feedsBodyCode()) != null) {
            feeds = bodies.named(j.id(), f.feedsBodyCode()).orError("feedsBodyCode", "la instancia que alimenta",
                    errors).map(BodyView::id).orElse(null);
        }
        if (Gov.blank(f.code()) != null && read.codeTaken(j.id(), f.code())) {
            errors.add(new FieldError("code", "Ya existe una red con el código " + f.code().strip() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        access.requireEditor(user, j.id(), main.path(), "redes en " + main.name());
        Network n = Network.form(new Network.Draft(j.id(), f.code(), f.name(), f.purpose(),
                new Network.Place(main.id(), main.path()), others, feeds), Instant.now());
        long id = repository.save(n).id().value();
        NetworkView v = read.byId(id).orElseThrow();
        audit.record("CREATE", "gov_network", id, j.id(), "Red " + v.name() + " conformada", null, v);
        return v;
    }

    private TerritoryView territory(Jurisdiction j, String code, String field, List<FieldError> errors) {
        if (Gov.blank(code) == null) {
            if ("territoryCode".equals(field)) {
                errors.add(new FieldError(field, "Indique el territorio de la red."));
            }
            return null;
        }
        TerritoryView t = territories.byCode(j.id(), code.strip()).orElse(null);
        if (t == null) {
            errors.add(new FieldError(field, "No existe el territorio " + code.strip() + " en " + j.name() + "."));
        }
        return t;
    }

    /** An actor or a person joins; a person only when household lets their data be used and the user reach them. */
    @Transactional
    public NetworkDetail join(long id, MemberForm f, CurrentUser user) {
        NetworkView n = access.requireVisible(read.byId(id), user, "la red " + id);
        access.requireEditor(user, n.jurisdictionId(), n.territoryPath(), "la red " + n.name());
        if (f.version() == null) {
            throw new ValidationException("version", "Falta la versión de la red que se vio.");
        }
        LocalDate today = LocalDate.now(access.jurisdiction(n.jurisdictionId()).zoneId());
        if (f.personId() != null) {
            PersonRef p = households.requireUsablePerson(f.personId(), user);
            repository.change(id, x -> x.joinPerson(p.id(), f.role(), today, f.version(), Instant.now()));
            audit.record("UPDATE", "gov_network", id, n.jurisdictionId(), "Persona " + p.id() + " integrada a la red "
                    + n.name(), null, null);
        } else if (Gov.blank(f.actorCode()) != null) {
            List<FieldError> errors = new ArrayList<>();
            ActorSummary a = actors.named(n.jurisdictionId(), f.actorCode()).orError("actorCode", "el actor", errors)
                    .orElseThrow(() -> new ValidationException(errors));
            repository.change(id, x -> x.joinActor(a.id(), f.role(), today, f.version(), Instant.now()));
            audit.record("UPDATE", "gov_network", id, n.jurisdictionId(), a.name() + " integrado a la red " + n.name(),
                    null, null);
        } else {
            throw new ValidationException("actorCode", "Indique el actor o la persona que se integra a la red.");
        }
        return detail(id, user);
    }
}
