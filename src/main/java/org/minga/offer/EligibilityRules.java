package org.minga.offer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.Labels;

/**
 * Who may receive a service, and the first reason a person may not, in plain Spanish. Rules are checked in
 * the order a person reads them: age, sex, population group, SISBEN IV group, territory. Pure: the
 * database query of eligible services applies the same rules and tests keep the two in step.
 *
 * @param populationGroups the person must belong to at least one (empty: anyone)
 * @param sisbenGroups     the SISBEN IV groups admitted (empty: any, also people without SISBEN)
 * @param areas            where the service is offered when not {@code offeredEverywhere}
 */
public record EligibilityRules(Integer minAge, Integer maxAge, Sex sex, Set<ValueGroup> populationGroups,
        Set<String> sisbenGroups, boolean offeredEverywhere, List<Area> areas) {

    /** A territory where the service is offered: its path in the tree and its name. */
    public record Area(String path, String name) {
    }

    public EligibilityRules {
        sex = sex == null ? Sex.ANY : sex;
        populationGroups = populationGroups == null ? Set.of() : Set.copyOf(populationGroups);
        sisbenGroups = sisbenGroups == null ? Set.of() : Set.copyOf(sisbenGroups);
        areas = areas == null ? List.of() : List.copyOf(areas);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new IllegalArgumentException("minAge > maxAge");
        }
    }

    public boolean admits(PersonProfile p) {
        return firstReason(p).isEmpty();
    }

    /** Empty when the person is eligible; otherwise why not, e.g. "requiere 60 años o más". */
    public Optional<String> firstReason(PersonProfile p) {
        if (minAge != null || maxAge != null) {
            String need = ageText();
            if (p.age() == null) {
                return Optional.of(need + " (no se indicó la edad)");
            }
            if ((minAge != null && p.age() < minAge) || (maxAge != null && p.age() > maxAge)) {
                return Optional.of(need);
            }
        }
        if (sex != Sex.ANY) {
            String need = sex == Sex.FEMALE ? "es solo para mujeres" : "es solo para hombres";
            if (p.sex() == null) {
                return Optional.of(need + " (no se indicó el sexo)");
            }
            if (p.sex() != sex) {
                return Optional.of(need);
            }
        }
        if (!populationGroups.isEmpty() && populationGroups.stream().noneMatch(p.groups()::contains)) {
            return Optional.of("es para " + groupsText());
        }
        if (!sisbenGroups.isEmpty()) {
            String need = "requiere SISBEN IV en los grupos " + SisbenGroups.describe(sisbenGroups);
            if (p.sisben() == null) {
                return Optional.of(need + " (no se indicó el grupo del SISBEN)");
            }
            if (!sisbenGroups.contains(p.sisben())) {
                return Optional.of(need + "; su grupo es " + p.sisben());
            }
        }
        if (!offeredEverywhere) {
            String need = "solo se ofrece en " + areasText();
            if (p.territoryPath() == null) {
                return Optional.of(need + " (no se indicó el territorio)");
            }
            if (areas.stream().noneMatch(a -> p.territoryPath().startsWith(a.path()))) {
                return Optional.of(need);
            }
        }
        return Optional.empty();
    }

    /** The rules in plain language, one line each, for the directory. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (minAge != null || maxAge != null) {
            lines.add(minAge != null && maxAge != null ? "De " + minAge + " a " + maxAge + " años"
                    : minAge != null ? minAge + " años o más" : "Hasta " + maxAge + " años");
        }
        if (sex != Sex.ANY) {
            lines.add(sex == Sex.FEMALE ? "Solo mujeres" : "Solo hombres");
        }
        if (!populationGroups.isEmpty()) {
            lines.add(capitalize(groupsText()));
        }
        if (!sisbenGroups.isEmpty()) {
            lines.add("SISBEN IV, grupos " + SisbenGroups.describe(sisbenGroups));
        }
        if (!offeredEverywhere) {
            lines.add("Solo en " + areasText());
        }
        return lines;
    }

    private String ageText() {
        if (minAge != null && maxAge != null) {
            return minAge.equals(maxAge) ? "requiere tener " + minAge + " años"
                    : "requiere tener entre " + minAge + " y " + maxAge + " años";
        }
        return minAge != null ? "requiere " + minAge + " años o más" : "requiere " + maxAge + " años o menos";
    }

    private String groupsText() {
        List<String> labels = populationGroups.stream().sorted(Comparator.comparing(Enum::ordinal))
                .map(g -> Labels.inSpanish(g).toLowerCase(java.util.Locale.ROOT)).toList();
        return joinOr(labels);
    }

    private String areasText() {
        return areas.isEmpty() ? "ningún territorio" : joinOr(areas.stream().map(Area::name).toList());
    }

    private static String joinOr(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " o " + items.get(items.size() - 1);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
