package org.minga.offer.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.minga.platform.Labels;
import org.minga.offer.PersonProfile;
import org.minga.offer.ValueGroup;
import org.minga.offer.Sex;
import org.minga.offer.SisbenGroups;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;

/** A person profile as typed in a query string or a form, checked field by field. */
record ProfileInput(String age, String sex, String groups, String sisben, String territory) {

    /** The profile; the territory is an id or a code of the jurisdiction. */
    PersonProfile parse(Jurisdiction j, Territories territories) {
        List<FieldError> errors = new ArrayList<>();
        Integer a = age(errors);
        Sex s = sex(errors);
        Set<ValueGroup> gs = groups(errors);
        String sb = sisben(errors);
        TerritoryView t = territory(j, territories, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PersonProfile(a, s, gs, sb, t == null ? null : t.path(), t == null ? null : t.name());
    }

    private Integer age(List<FieldError> errors) {
        if (age == null || age.isBlank()) {
            return null;
        }
        try {
            Integer a = Integer.valueOf(age.strip());
            if (a < 0 || a > 120) {
                errors.add(new FieldError("age", "La edad debe estar entre 0 y 120 años."));
            }
            return a;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("age", "La edad '" + age + "' no es un número entero de años."));
            return null;
        }
    }

    private Sex sex(List<FieldError> errors) {
        return known(sex, PersonProfile::parseSex, "sex",
                "El sexo '" + sex + "' no es válido: use F (mujer) o M (hombre).", errors);
    }

    private Set<ValueGroup> groups(List<FieldError> errors) {
        Set<ValueGroup> gs = new LinkedHashSet<>();
        if (groups == null) {
            return gs;
        }
        for (String g : ServiceValidation.split(List.of(groups))) {
            Optional<ValueGroup> parsed = Labels.read(ValueGroup.class, g);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("groups", "El grupo poblacional '" + g + "' no existe; use uno de: "
                        + Labels.allowedWords(ValueGroup.class) + "."));
            } else {
                gs.add(parsed.get());
            }
        }
        return gs;
    }

    private String sisben(List<FieldError> errors) {
        return known(sisben, SisbenGroups::parse, "sisben", "El grupo SISBEN IV '" + sisben
                + "' no existe: los grupos son A1 a A5, B1 a B7, C1 a C18 y D1 a D21.", errors);
    }

    /** The value a text names; null for blank text, or with {@code message} on {@code field} when it names none. */
    private static <T> T known(String text, Function<String, Optional<T>> parser, String field, String message,
            List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<T> parsed = parser.apply(text);
        if (parsed.isEmpty()) {
            errors.add(new FieldError(field, message));
        }
        return parsed.orElse(null);
    }

    private TerritoryView territory(Jurisdiction j, Territories territories, List<FieldError> errors) {
        if (territory == null || territory.isBlank()) {
            return null;
        }
        Optional<TerritoryView> found = territory.strip().matches("\\d+")
                ? territories.byId(Long.parseLong(territory.strip())).filter(x -> x.jurisdictionId() == j.id())
                : Optional.empty();
        if (found.isEmpty()) {
            found = territories.byCode(j.id(), territory.strip());
        }
        if (found.isEmpty()) {
            errors.add(new FieldError("territory", "No existe el territorio '" + territory + "' en " + j.name() + "."));
        }
        return found.orElse(null);
    }
}
