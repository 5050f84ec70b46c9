package org.minga.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.minga.platform.Choices.Choice;
import org.minga.platform.LinkTargets.Target;

/**
 * Links from a module's record to records of other modules, of the kinds their owners offer as {@link LinkTargets}
 * (the linking module reads none of their tables): what a picker offers, what a form names ({@code kind:id} from the
 * picker, or a title typed without it), refused with a Spanish message on {@code field}, and a stored link resolved
 * to the record's title and page. {@code what} names the field in the messages. Used by training (what a programme
 * accompanies, who uses a toolbox item), governance (what a network ties together) and fair (community input).
 */
public record RecordLinks(List<LinkTargets> targets, String field, String what) {

    /** The links of these kinds among all the owners offer. */
    public static RecordLinks of(List<LinkTargets> all, Set<String> kinds, String field, String what) {
        return new RecordLinks(all.stream().filter(t -> kinds.contains(t.kind())).toList(), field, what);
    }

    /** The scope's whole jurisdiction: a record linked to is often above the user's territory (a body, a dialogue). */
    public static AccessScope whole(AccessScope scope) {
        return scope == null || scope.none() || scope.jurisdictionId() == null ? scope
                : AccessScope.jurisdiction(scope.jurisdictionId());
    }

    /** The picker {@code /choices/{name}} of these links, for who holds {@code capability}, in {@code scope}. */
    public Choices picker(String name, Capability capability, Function<CurrentUser, AccessScope> scope) {
        return Choices.of(name, (q, user, limit) -> choices(q, scope.apply(user), limit), capability);
    }

    /** The records matching the words in the scope, as {@code kind:id} with the kind's name in the detail. */
    public List<Choice> choices(String query, AccessScope scope, int limit) {
        if (scope == null || scope.none()) {
            return List.of();
        }
        return find(query, scope, limit).stream().map(t -> new Choice(t.kind() + ":" + t.id(), t.title(),
                label(t.kind()) + " · " + t.detail())).toList();
    }

    public List<Target> find(String query, AccessScope scope, int limit) {
        List<Target> found = new ArrayList<>();
        for (LinkTargets kind : targets) {
            found.addAll(kind.find(query, scope, limit));
        }
        return found.stream().limit(limit).toList();
    }

    /**
     * The record a form or the API names ({@code kind:id} from the picker, or a title), in the jurisdiction; empty
     * when nothing is named, or empty with a field error naming the field when it names no record or several.
     */
    public Optional<Target> parse(String text, long jurisdictionId, String jurisdictionName,
            List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        int colon = typed.indexOf(':');
        if (colon > 0 && typed.substring(colon + 1).strip().matches("\\d{1,18}")) {
            Optional<Target> t = resolve(typed.substring(0, colon).strip(),
                    Long.parseLong(typed.substring(colon + 1).strip()), jurisdictionId);
            if (t.isEmpty()) {
                errors.add(new FieldError(field, "No existe en " + jurisdictionName + " " + what + " («" + typed
                        + "»). Elija uno de la lista."));
            }
            return t;
        }
        return named(typed, jurisdictionId).orError(field, what, errors);
    }

    /** The records a name typed without the picker names in the jurisdiction: its exact title, else the one found. */
    public Named<Target> named(String typed, long jurisdictionId) {
        List<Target> all = find(typed, AccessScope.jurisdiction(jurisdictionId), 50);
        List<Target> exact = all.stream().filter(t -> t.title().equalsIgnoreCase(typed)).toList();
        return new Named<>(typed, exact.isEmpty() && all.size() == 1 ? all : exact, all,
                t -> t.title() + " (" + label(t.kind()) + ")");
    }

    /** The one record whose title or code is exactly {@code text} in the jurisdiction, if exactly one. */
    public Optional<Target> exactly(String text, long jurisdictionId) {
        String typed = text.strip();
        List<Target> exact = find(typed, AccessScope.jurisdiction(jurisdictionId), 50).stream()
                .filter(t -> t.title().equalsIgnoreCase(typed) || t.detail().equalsIgnoreCase(typed)).toList();
        return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
    }

    /** The record a stored link names, when it still exists in the jurisdiction. */
    public Optional<Target> resolve(String kind, long id, long jurisdictionId) {
        return kind(kind).flatMap(t -> t.byId(jurisdictionId, id));
    }

    /** The owner's offer of records of that kind, when the kind is one of these links'. */
    public Optional<LinkTargets> kind(String kind) {
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst();
    }

    /** For the demo: the record of that kind whose detail carries the code. */
    public Optional<Target> demoTarget(long jurisdictionId, String kind, String code) {
        return kind(kind).stream().flatMap(t -> t.find(code, AccessScope.jurisdiction(jurisdictionId), 50).stream())
                .filter(t -> t.detail() != null && t.detail().contains(code)).findFirst();
    }

    /** For the demo: the link ({@code kind:id}) to the record of that kind whose detail carries the code, or null. */
    public String demoLink(long jurisdictionId, String kind, String code) {
        return demoTarget(jurisdictionId, kind, code).map(t -> kind + ":" + t.id()).orElse(null);
    }

    /** How people read the kind: «Instancia», «Jornada de servicios». */
    public String label(String kind) {
        return kind(kind).map(LinkTargets::label).orElse(kind);
    }
}
