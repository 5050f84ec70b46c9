package org.minga.training.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.Choices.Choice;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.LinkTargets;
import org.minga.platform.LinkTargets.Target;
import org.minga.platform.Named;

/**
 * Links from a training record to records of other modules (of the kinds their owners offer as {@link LinkTargets};
 * training reads none of their tables): what a picker offers, what a form names ({@code kind:id} from the picker, or
 * a title typed without it), refused with a Spanish message on {@code field}, and a stored link resolved to the
 * record's title and page. {@code what} names the field in the messages.
 */
record RecordLinks(List<LinkTargets> targets, String field, String what) {

    /** The targets of these kinds among all the owners offer. */
    static List<LinkTargets> ofKinds(List<LinkTargets> all, Set<String> kinds) {
        return all.stream().filter(t -> kinds.contains(t.kind())).toList();
    }

    /**
     * The picker of these links ({@code /choices/{name}}) for who manages training: records of the user's whole
     * jurisdiction.
     */
    Choices picker(String name, TrainingAccess access) {
        return Choices.of(name, (q, user, limit) -> choices(q, access.scope(user, Capability.RUN_TRAINING), limit),
                Capability.RUN_TRAINING);
    }

    /**
     * The picker's records matching the words in the scope's whole jurisdiction (a body is usually above the user's
     * territory), as {@code kind:id} with the kind's name in the detail.
     */
    List<Choice> choices(String query, AccessScope scope, int limit) {
        if (scope.none()) {
            return List.of();
        }
        AccessScope whole = scope.jurisdictionId() == null ? scope : AccessScope.jurisdiction(scope.jurisdictionId());
        return find(query, whole, limit).stream().map(t -> new Choice(t.kind() + ":" + t.id(), t.title(),
                label(t.kind()) + " · " + t.detail())).toList();
    }

    List<Target> find(String query, AccessScope scope, int limit) {
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
    Optional<Target> parse(String text, Jurisdiction j, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        int colon = typed.indexOf(':');
        if (colon > 0 && typed.substring(colon + 1).strip().matches("\\d{1,18}")) {
            Optional<Target> t = resolve(typed.substring(0, colon).strip(),
                    Long.parseLong(typed.substring(colon + 1).strip()), j.id());
            if (t.isEmpty()) {
                errors.add(new FieldError(field, "No existe en " + j.name() + " " + what + " («" + typed
                        + "»). Elija uno de la lista."));
            }
            return t;
        }
        List<Target> all = find(typed, AccessScope.jurisdiction(j.id()), 50);
        List<Target> exact = all.stream().filter(t -> t.title().equalsIgnoreCase(typed)).toList();
        Named<Target> named = new Named<>(typed, exact.isEmpty() && all.size() == 1 ? all : exact, all,
                t -> t.title() + " (" + label(t.kind()) + ")");
        return named.orError(field, what, errors);
    }

    /** The one record whose title or code is exactly {@code text} in the jurisdiction, if exactly one. */
    Optional<Target> exactly(String text, long jurisdictionId) {
        String typed = text.strip();
        List<Target> exact = find(typed, AccessScope.jurisdiction(jurisdictionId), 50).stream()
                .filter(t -> t.title().equalsIgnoreCase(typed) || t.detail().equalsIgnoreCase(typed)).toList();
        return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
    }

    /** The record a stored link names, when it still exists in the jurisdiction. */
    Optional<Target> resolve(String kind, long id, long jurisdictionId) {
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst()
                .flatMap(t -> t.byId(jurisdictionId, id));
    }

    /** The demo's link ({@code kind:id}) to the record of that kind whose detail carries the code, or null. */
    String demoLink(Jurisdiction j, String kind, String code) {
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst().stream()
                .flatMap(t -> t.find(code, AccessScope.jurisdiction(j.id()), 50).stream())
                .filter(t -> t.detail().contains(code)).findFirst().map(t -> kind + ":" + t.id()).orElse(null);
    }

    /** How people read the kind: «Instancia», «Jornada de servicios». */
    String label(String kind) {
        return targets.stream().filter(t -> t.kind().equals(kind)).map(LinkTargets::label).findFirst().orElse(kind);
    }
}
