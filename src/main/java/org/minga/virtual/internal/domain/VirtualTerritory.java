package org.minga.virtual.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A virtual territory (territorio virtual): a digital community of one {@link VirtualTerritoryKind}, anchored in the
 * physical territory whose team runs it, reaching other physical territories and population groups, with its
 * stewards (administrators and moderators), its rules of engagement and its reach measured over time, one
 * {@link ReachMeasurement} per date ({@link #recordReach} refuses a future date or a negative count).
 */
@Table("virtual_territory")
public class VirtualTerritory extends CatalogueEntry<VirtualTerritory> {

    /** What a new virtual territory says, as the form or the API gave it; checked by {@link #register}. */
    public record Profile(String code, String name, VirtualTerritoryKind kind, String address, String rules,
            Set<Long> reachedTerritoryIds, List<String> populationGroups, List<Steward> stewards) {
    }

    /** The physical territory (with its path) of a jurisdiction whose team runs the virtual territory. */
    public record Place(long jurisdictionId, long territoryId, String territoryPath) {
    }

    private long territoryId;
    private String territoryPath;
    private VirtualTerritoryKind kind;
    private String address;
    private String rules;
    private String createdBy;
    @MappedCollection(idColumn = "virtual_territory_id")
    private Set<ReachedTerritory> reaches = new LinkedHashSet<>();
    @MappedCollection(idColumn = "virtual_territory_id", keyColumn = "position")
    private List<PopulationGroup> populationGroups = new ArrayList<>();
    @MappedCollection(idColumn = "virtual_territory_id", keyColumn = "position")
    private List<Steward> stewards = new ArrayList<>();
    @MappedCollection(idColumn = "virtual_territory_id", keyColumn = "position")
    private List<ReachMeasurement> reach = new ArrayList<>();

    private VirtualTerritory() {
    }

    /** A new virtual territory; refuses a missing code, name or kind, a steward without name or role, long text. */
    public static VirtualTerritory register(Place place, Profile p, String createdBy) {
        VirtualTerritory v = new VirtualTerritory();
        v.territoryId = place.territoryId();
        v.territoryPath = place.territoryPath();
        v.createdBy = createdBy;
        v.describe(place.jurisdictionId(), p);
        return v;
    }

    /**
     * Replaces what the virtual territory says (code, name, kind, address, rules, reached territories, population
     * groups, stewards) with the same checks as {@link #register}; it stays run from the same physical territory,
     * which it always reaches.
     */
    public void revise(Profile p) {
        describe(jurisdictionId(), p);
    }

    private void describe(long jurisdictionId, Profile p) {
        List<FieldError> errors = new ArrayList<>();
        requireText(p.code(), 40, "code", "Indique el código del territorio virtual (hasta 40 caracteres).", errors);
        requireText(p.name(), 200, "name", "Indique el nombre del territorio virtual (hasta 200 caracteres).", errors);
        if (p.kind() == null) {
            errors.add(new FieldError("kind", "Indique el tipo: grupo en una red social, comunidad de mensajería, "
                    + "página o canal web, o foro en línea."));
        }
        if (p.address() != null && p.address().strip().length() > 500) {
            errors.add(new FieldError("address", "La dirección del canal admite 500 caracteres."));
        }
        if (p.rules() != null && p.rules().strip().length() > 4000) {
            errors.add(new FieldError("rules", "Las reglas de participación admiten 4000 caracteres."));
        }
        List<PopulationGroup> groups = groups(p.populationGroups(), errors);
        List<Steward> team = stewards(p.stewards(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        catalogue(jurisdictionId, p.code(), p.name());
        kind = p.kind();
        address = blank(p.address());
        rules = blank(p.rules());
        Set<ReachedTerritory> reached = new LinkedHashSet<>();
        reached.add(new ReachedTerritory(territoryId));
        for (Long t : p.reachedTerritoryIds() == null ? Set.<Long>of() : p.reachedTerritoryIds()) {
            reached.add(new ReachedTerritory(t));
        }
        reaches = reached;
        populationGroups = groups;
        stewards = team;
    }

    private static List<PopulationGroup> groups(List<String> names, List<FieldError> errors) {
        List<PopulationGroup> groups = new ArrayList<>();
        for (String g : names == null ? List.<String>of() : names) {
            if (g != null && !g.isBlank()) {
                if (g.strip().length() > 120) {
                    errors.add(new FieldError("populationGroups", "Cada grupo poblacional admite 120 caracteres."));
                }
                groups.add(new PopulationGroup(g.strip()));
            }
        }
        return groups;
    }

    private static List<Steward> stewards(List<Steward> given, List<FieldError> errors) {
        List<Steward> team = new ArrayList<>();
        for (Steward s : given == null ? List.<Steward>of() : given) {
            if (s == null || s.name() == null || s.name().isBlank() || s.name().strip().length() > 200
                    || s.role() == null) {
                errors.add(new FieldError("stewards",
                        "Cada administrador o moderador necesita un nombre (hasta 200 caracteres) y un rol."));
            } else {
                team.add(new Steward(s.name().strip(), s.role()));
            }
        }
        return team;
    }

    /**
     * Records the members and followers counted on {@code on} (a second count of the same date replaces the first);
     * refuses a date after {@code today} or a negative count.
     */
    public void recordReach(LocalDate on, int members, int followers, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (on == null || on.isAfter(today)) {
            errors.add(new FieldError("measuredOn", "Indique la fecha de la medición (hoy o antes)."));
        }
        if (members < 0) {
            errors.add(new FieldError("members", "El número de miembros no puede ser negativo."));
        }
        if (followers < 0) {
            errors.add(new FieldError("followers", "El número de seguidores no puede ser negativo."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<ReachMeasurement> next = new ArrayList<>(reach.stream().filter(m -> !m.measuredOn().equals(on)).toList());
        next.add(new ReachMeasurement(on, members, followers));
        next.sort(Comparator.comparing(ReachMeasurement::measuredOn));
        reach = next;
    }

    private static void requireText(String text, int max, String field, String message, List<FieldError> errors) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            errors.add(new FieldError(field, message));
        }
    }

    public long territoryId() {
        return territoryId;
    }

    public String territoryPath() {
        return territoryPath;
    }

    public VirtualTerritoryKind kind() {
        return kind;
    }

    public List<ReachMeasurement> reach() {
        return List.copyOf(reach);
    }
}
