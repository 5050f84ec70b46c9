package org.minga.referral.internal.domain;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.Labels;
import org.minga.offer.Need;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/**
 * A care route (ruta de atención) of a jurisdiction: a defined path of steps for a need, each step addressed to a
 * responsible entity (optionally one of its services) with a maximum time in business days. Applying it to a person
 * sends one referral per step, in order. A route is defined whole, and revised whole: each revision is a new version
 * of its steps, and a person to whom it was applied stays on the version in force that day.
 */
public final class CareRoute {

    /**
     * A step as defined: its entity (null when the one named was not found), maximum time, and the conditions under
     * which it applies or is reached (optional).
     */
    public record Step(String name, String description, Long actorId, Long serviceId, Integer maxDays,
            String conditions) {
        public Step(String name, String description, Long actorId, Long serviceId, Integer maxDays) {
            this(name, description, actorId, serviceId, maxDays, null);
        }
    }

    /**
     * What a route proposed from a community priority adds: the population it serves (optional), its territory
     * (optional), and the priority it came from, by kind and id with its words at the time.
     */
    public record Proposal(org.minga.offer.ValueGroup population, Long territoryId, String originKind, long originId,
            String originTitle) {
        public Proposal {
            if (originKind == null || originKind.isBlank() || originTitle == null) {
                throw new IllegalArgumentException("A proposed route keeps the priority it came from");
            }
            originTitle = originTitle.length() > 300 ? originTitle.substring(0, 300) : originTitle;
        }
    }

    private final long jurisdictionId;
    private final String code;
    private final String name;
    private final String description;
    private final Need need;
    private final List<Step> steps;

    private CareRoute(long jurisdictionId, String code, String name, String description, Need need,
            List<Step> steps) {
        this.jurisdictionId = jurisdictionId;
        this.code = code;
        this.name = name;
        this.description = description;
        this.need = need;
        this.steps = List.copyOf(steps);
    }

    /** The route's code as stored: trimmed and in capitals. */
    public static String normalCode(String code) {
        return code == null ? "" : code.strip().toUpperCase();
    }

    /**
     * A new route, or a {@link ValidationException} with every problem at once: {@code found} holds those the
     * caller found (a code taken, an unknown service), each naming its field; {@code jurisdictionName} names where
     * a step's entity must be.
     */
    public static CareRoute define(long jurisdictionId, String jurisdictionName, String code, String name,
            String description, String needCategory, List<Step> steps, List<FieldError> found) {
        List<FieldError> errors = new ArrayList<>();
        String normal = normalCode(code);
        if (!normal.matches("[A-Z0-9._-]{2,60}")) {
            errors.add(new FieldError("code", "El código debe tener de 2 a 60 letras, números, punto o guion."));
        }
        errors.addAll(found);
        if (name == null || name.isBlank() || name.length() > 300) {
            errors.add(new FieldError("name", "Indique el nombre de la ruta (hasta 300 caracteres)."));
        }
        Need need = Labels.read(Need.class, needCategory).orElse(null);
        if (need == null) {
            errors.add(new FieldError("needCategory",
                    "La categoría debe ser una de: " + Labels.allowedWords(Need.class) + "."));
        }
        if (steps.isEmpty()) {
            errors.add(new FieldError("steps", "Una ruta tiene al menos un paso."));
        }
        for (int i = 0; i < steps.size(); i++) {
            check(steps.get(i), i, jurisdictionName, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CareRoute(jurisdictionId, normal, name.strip(), description, need,
                steps.stream().map(s -> new Step(s.name().strip(), s.description(), s.actorId(), s.serviceId(),
                        s.maxDays(), s.conditions() == null || s.conditions().isBlank() ? null
                                : s.conditions().strip()))
                        .toList());
    }

    private static void check(Step s, int i, String jurisdictionName, List<FieldError> errors) {
        String f = "steps[" + i + "]";
        if (s.name() == null || s.name().isBlank() || s.name().length() > 300) {
            errors.add(new FieldError(f + ".name", "Paso " + (i + 1) + ": indique el nombre (hasta 300 caracteres)."));
        }
        if (s.actorId() == null) {
            errors.add(new FieldError(f + ".actorId",
                    "Paso " + (i + 1) + ": indique una entidad responsable de " + jurisdictionName + "."));
        }
        if (s.conditions() != null && s.conditions().length() > 2000) {
            errors.add(new FieldError(f + ".conditions",
                    "Paso " + (i + 1) + ": las condiciones admiten hasta 2000 caracteres."));
        }
        if (s.maxDays() == null || s.maxDays() < 1 || s.maxDays() > 120) {
            errors.add(new FieldError(f + ".maxDays",
                    "Paso " + (i + 1) + ": el tiempo máximo debe estar entre 1 y 120 días hábiles."));
        }
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Need need() {
        return need;
    }

    /** The steps in their order: the first is position 1. */
    public List<Step> steps() {
        return steps;
    }
}
