package org.minga.offer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Validator;

import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.actor.Sector;
import org.minga.platform.Labels;
import org.minga.offer.Channel;
import org.minga.offer.Need;
import org.minga.offer.PersonProfile;
import org.minga.offer.ValueGroup;
import org.minga.offer.Sex;
import org.minga.offer.SisbenGroups;
import org.minga.offer.internal.domain.Service;
import org.minga.offer.internal.domain.ServiceStatus;
import org.minga.platform.AccessScope;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link ServiceForm} into a service's {@link Service.Terms}, its areas and its locations: the form's shape by
 * Bean Validation, then each catalogue value, actor, territory and the code's uniqueness against the database,
 * reporting every problem with its field at once. Stores nothing.
 */
@Component
record ServiceValidation(Validator validator, Actors actors, Territories territories, OfferReadModel read,
        Labels labels) {

    private static final List<String> WEEKDAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    /** A form checked: the service's terms, the territories where it is offered, its places. */
    record Valid(ActorSummary provider, Service.Terms terms, List<TerritoryView> areas, List<ValidLocation> locations) {

        long sisbenMask() {
            return EligibilityReadModel.sisbenMask(terms.sisbenGroups());
        }
    }

    record ValidLocation(ServiceForm.LocationForm form, TerritoryView territory) {
    }

    /** Checks everything and reports every problem with its field; stores nothing. */
    Valid validate(ServiceForm form, Jurisdiction j, CurrentUser user, ServiceView existing) {
        List<FieldError> errors = Violations.of(validator, form);
        ActorSummary provider = provider(form, j, errors);
        Optional<Sector> sector = Sector.parse(form.sector());
        if (sector.isEmpty()) {
            errors.add(new FieldError("sector",
                    form.sector() == null || form.sector().isBlank() ? "El sector es obligatorio."
                            : "El sector '" + form.sector() + "' no existe; use uno de: " + Sector.allowed() + "."));
        }
        List<Need> needs = parseAll(form.needs(), t -> Labels.read(Need.class, t), "needs", "La necesidad",
                Labels.allowedWords(Need.class), errors);
        List<ValueGroup> groups = parseAll(form.populationGroups(), t -> Labels.read(ValueGroup.class, t),
                "populationGroups",
                "El grupo poblacional", Labels.allowedWords(ValueGroup.class), errors);
        List<Channel> channels = parseAll(form.channels(), t -> Labels.read(Channel.class, t), "channels",
                "El canal", Labels.allowedWords(Channel.class),
                errors);
        if (form.minAge() != null && form.maxAge() != null && form.minAge() > form.maxAge()) {
            errors.add(new FieldError("maxAge",
                    "La edad mínima (" + form.minAge() + ") no puede ser mayor que la edad máxima ("
                            + form.maxAge() + ")."));
        }
        Sex sex = sex(form.sex(), errors);
        List<String> sisben = sisben(form.sisbenGroups(), errors);
        List<TerritoryView> areas = areas(form.territories(), j, user, errors);
        ServiceStatus status = status(form.status(), errors);
        List<ValidLocation> locations = locations(form.locations(), j, errors);
        uniqueCode(form.code(), j, existing, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Service.Terms terms = new Service.Terms(form.code().strip(), provider.id(), form.name().strip(),
                form.description().strip(), sector.get(), needs, blank(form.valueGroups()), form.minAge(),
                form.maxAge(), sex, groups, sisben, blank(form.eligibilityNotes()), blank(form.requiredDocuments()),
                blank(form.cost()), channels, blank(form.howToApply()), blank(form.legalBasis()), blank(form.url()),
                blank(form.email()), blank(form.phone()), status, areas.isEmpty(),
                searchKey(form, provider, sector.get(), needs, groups));
        return new Valid(provider, terms, areas, locations);
    }

    private ActorSummary provider(ServiceForm form, Jurisdiction j, List<FieldError> errors) {
        if (form.provider() == null || form.provider().isBlank()) {
            errors.add(new FieldError("provider", "Indique el actor que presta el servicio (código del actor)."));
            return null;
        }
        Optional<ActorSummary> a = actors.byCode(j.id(), form.provider());
        if (a.isEmpty()) {
            errors.add(new FieldError("provider", "No existe un actor con el código '" + form.provider().strip()
                    + "' en " + j.name() + "; regístrelo primero en Actores."));
        }
        return a.orElse(null);
    }

    private static Sex sex(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return Sex.ANY;
        }
        Optional<Sex> s = Labels.read(Sex.class, text).or(() -> PersonProfile.parseSex(text));
        if (s.isEmpty()) {
            errors.add(new FieldError("sex", "El sexo '" + text + "' no es válido: use cualquiera, mujer u hombre."));
        }
        return s.orElse(Sex.ANY);
    }

    /** The SISBEN IV groups named, letters and ranges expanded, in the catalogue's order. */
    private static List<String> sisben(List<String> values, List<FieldError> errors) {
        Set<String> sisben = new LinkedHashSet<>();
        for (String g : split(values)) {
            Optional<List<String>> expanded = SisbenGroups.expand(g);
            if (expanded.isEmpty()) {
                errors.add(new FieldError("sisbenGroups", "El grupo SISBEN IV '" + g
                        + "' no existe: los grupos son A1 a A5, " + "B1 a B7, C1 a C18 y D1 a D21."));
            } else {
                sisben.addAll(expanded.get());
            }
        }
        return SisbenGroups.all().stream().filter(sisben::contains).toList();
    }

    /** The territories where the service is offered, each in the user's scope; a narrowed scope must name some. */
    private List<TerritoryView> areas(List<String> codes, Jurisdiction j, CurrentUser user, List<FieldError> errors) {
        AccessScope scope = territories.scopeOf(user);
        List<TerritoryView> areas = new ArrayList<>();
        boolean wrong = false;
        for (String code : split(codes)) {
            Optional<TerritoryView> t = territories.byCode(j.id(), code);
            if (t.isEmpty()) {
                wrong = errors.add(new FieldError("territories",
                        "No existe el territorio con código '" + code + "' en " + j.name() + "."));
            } else if (!scope.includes(t.get().jurisdictionId(), t.get().path())) {
                wrong = errors.add(new FieldError("territories",
                        "El territorio " + t.get().label() + " está fuera de su alcance."));
            } else if (areas.stream().noneMatch(x -> x.id() == t.get().id())) {
                areas.add(t.get());
            }
        }
        if (areas.isEmpty() && scope.narrowed() && !wrong) {
            errors.add(new FieldError("territories",
                    "Indique los territorios de su alcance donde se ofrece el servicio."));
        }
        return areas;
    }

    private static ServiceStatus status(String text, List<FieldError> errors) {
        ServiceStatus status = switch (TextKeys.key(text == null || text.isBlank() ? "activo" : text)) {
            case "active", "activo" -> ServiceStatus.ACTIVE;
            case "inactive", "inactivo" -> ServiceStatus.INACTIVE;
            case "suspended", "suspendido", "suspendido temporalmente" -> ServiceStatus.SUSPENDED;
            default -> null;
        };
        if (status == null) {
            errors.add(new FieldError("status",
                    "El estado '" + text + "' no es válido: use activo, suspendido o inactivo."));
        }
        return status;
    }

    private List<ValidLocation> locations(List<ServiceForm.LocationForm> forms, Jurisdiction j,
            List<FieldError> errors) {
        List<ValidLocation> locations = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            ServiceForm.LocationForm l = forms.get(i);
            if (l != null) {
                locations.add(new ValidLocation(l, location(l, "locations[" + i + "]", j, errors)));
            }
        }
        return locations;
    }

    /** Checks one place; answers its territory, when one is named and exists. */
    private TerritoryView location(ServiceForm.LocationForm l, String f, Jurisdiction j, List<FieldError> errors) {
        TerritoryView t = null;
        if (l.territory() != null && !l.territory().isBlank()) {
            Optional<TerritoryView> found = territories.byCode(j.id(), l.territory().strip());
            if (found.isEmpty()) {
                errors.add(new FieldError(f + ".territory",
                        "No existe el territorio con código '" + l.territory().strip() + "'."));
            }
            t = found.orElse(null);
        }
        if ((l.latitude() == null) != (l.longitude() == null)
                || (l.latitude() != null && (Math.abs(l.latitude()) > 90 || Math.abs(l.longitude()) > 180))) {
            errors.add(new FieldError(f + ".latitude",
                    "Indique latitud (-90 a 90) y longitud (-180 a 180) juntas, o ninguna."));
        }
        if (l.opensAt() != null && l.closesAt() != null && !l.closesAt().isAfter(l.opensAt())) {
            errors.add(new FieldError(f + ".closesAt", "La hora de cierre debe ser posterior a la de apertura."));
        }
        for (String d : l.weekdays()) {
            if (!WEEKDAYS.contains(d.strip().toUpperCase(Locale.ROOT))) {
                errors.add(new FieldError(f + ".weekdays",
                        "El día '" + d + "' no es válido: use MO, TU, WE, TH, FR, SA o SU."));
            }
        }
        return t;
    }

    private void uniqueCode(String code, Jurisdiction j, ServiceView existing, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return;
        }
        Optional<Long> same = read.idByCode(j.id(), code);
        if (same.isPresent() && (existing == null || same.get() != existing.id())) {
            errors.add(new FieldError("code",
                    "Ya existe un servicio con el código '" + code.strip() + "' en " + j.name() + "."));
        }
    }

    /** Name, code, provider, sector, description, needs and groups: lower case, no accents, for the search. */
    private String searchKey(ServiceForm form, ActorSummary provider, Sector sector, List<Need> needs,
            List<ValueGroup> groups) {
        List<String> key = new ArrayList<>(List.of(form.name(), form.code(), provider.name(), sector.label(),
                form.description()));
        needs.forEach(n -> key.add(labels.spanish(n)));
        groups.forEach(g -> key.add(labels.spanish(g)));
        String k = TextKeys.key(String.join(" ", key));
        return k.length() > 6000 ? k.substring(0, 6000) : k;
    }

    private static <E> List<E> parseAll(List<String> values, Function<String, Optional<E>> parser, String field,
            String what, String allowed, List<FieldError> errors) {
        List<E> out = new ArrayList<>();
        for (String s : split(values)) {
            Optional<E> e = parser.apply(s);
            if (e.isEmpty()) {
                errors.add(new FieldError(field, what + " '" + s + "' no existe; use uno de: " + allowed + "."));
            } else if (!out.contains(e.get())) {
                out.add(e.get());
            }
        }
        return out;
    }

    /** The values of a list, each also split at commas, semicolons and bars; blanks and repeats left out. */
    static List<String> split(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null) {
                Arrays.stream(v.split("[,;|]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
            }
        }
        return new ArrayList<>(out);
    }

    private static String blank(String s) {
        return OfferReadModel.blankToNull(s);
    }
}
