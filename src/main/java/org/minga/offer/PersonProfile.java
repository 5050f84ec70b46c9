package org.minga.offer;

import java.util.Optional;
import java.util.Set;

import org.minga.platform.TextKeys;

/**
 * Who asks for services: age in years, sex (FEMALE or MALE), population groups, SISBEN IV group and the
 * territory where the person lives (its path in the tree, "/1/5/23/", and its name). Any part may be
 * unknown (null); a rule that needs an unknown part is not met.
 */
public record PersonProfile(Integer age, Sex sex, Set<ValueGroup> groups, String sisben, String territoryPath,
        String territoryName) {

    public PersonProfile {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        if (sex == Sex.ANY) {
            sex = null;
        }
    }

    /** "F", "M", "mujer", "femenino", "hombre", "masculino"... */
    public static Optional<Sex> parseSex(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return switch (TextKeys.key(text)) {
            case "f", "female", "mujer", "femenino" -> Optional.of(Sex.FEMALE);
            case "m", "male", "hombre", "masculino" -> Optional.of(Sex.MALE);
            default -> Optional.empty();
        };
    }
}
