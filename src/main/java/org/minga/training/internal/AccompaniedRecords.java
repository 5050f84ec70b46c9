package org.minga.training.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.Choices.Choice;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.LinkTargets;
import org.minga.platform.LinkTargets.Target;
import org.minga.platform.Named;
import org.minga.training.internal.domain.TrainingProgramme.Accompanied;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * What a programme may accompany: the governance bodies, their sessions, the demonstration exercises, the fairs and
 * the plans of its jurisdiction, as their owners offer them ({@link LinkTargets}, training reads none of their
 * tables). The programme form's picker ({@code /choices/training-accompanied}) submits {@code kind:id}; a name typed
 * without the picker is taken when it names one record. A stored link resolves to the record's title and page.
 */
@Component
record AccompaniedRecords(List<LinkTargets> targets, TrainingAccess access) {

    /** What a programme accompanies: a management moment (body, session), an exercise, a fair or a plan. */
    static final java.util.Set<String> KINDS = java.util.Set.of("body", "body-session", "exercise", "fair", "plan");

    AccompaniedRecords {
        targets = targets.stream().filter(t -> KINDS.contains(t.kind())).toList();
    }

    static final String FIELD = "accompaniedRecord";
    static final String WHAT = "la instancia, sesión, ejercicio demostrativo, jornada o plan que acompaña";

    @Bean
    Choices trainingAccompaniedChoices() {
        return Choices.of("training-accompanied", this::choices, Capability.RUN_TRAINING);
    }

    /** The records of the user's jurisdiction (a body is usually above the user's territory) matching the words. */
    List<Choice> choices(String query, CurrentUser user, int limit) {
        AccessScope scope = access.scope(user, Capability.RUN_TRAINING);
        if (scope.none()) {
            return List.of();
        }
        AccessScope whole = scope.jurisdictionId() == null ? scope : AccessScope.jurisdiction(scope.jurisdictionId());
        return find(query, whole, limit).stream().map(t -> new Choice(t.kind() + ":" + t.id(), t.title(),
                label(t.kind()) + " · " + t.detail())).toList();
    }

    private List<Target> find(String query, AccessScope scope, int limit) {
        List<Target> found = new ArrayList<>();
        for (LinkTargets kind : targets) {
            found.addAll(kind.find(query, scope, limit));
        }
        return found.stream().limit(limit).toList();
    }

    /**
     * The record a form or the API names ({@code kind:id} from the picker, or a title), in the jurisdiction; null when
     * nothing is named, or null with a field error naming the field when it names no record or several.
     */
    Accompanied parse(String text, Jurisdiction j, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        int colon = typed.indexOf(':');
        if (colon > 0 && typed.substring(colon + 1).matches("\\d{1,18}")) {
            Optional<Target> t = resolve(typed.substring(0, colon), Long.parseLong(typed.substring(colon + 1)), j.id());
            if (t.isEmpty()) {
                errors.add(new FieldError(FIELD, "No existe en " + j.name() + " " + WHAT + " («" + typed
                        + "»). Elija uno de la lista."));
                return null;
            }
            return new Accompanied(t.get().kind(), t.get().id());
        }
        List<Target> all = find(typed, AccessScope.jurisdiction(j.id()), 50);
        List<Target> exact = all.stream().filter(t -> t.title().equalsIgnoreCase(typed)).toList();
        Named<Target> named = new Named<>(typed, exact.isEmpty() && all.size() == 1 ? all : exact, all,
                t -> t.title() + " (" + label(t.kind()) + ")");
        return named.orError(FIELD, WHAT, errors).map(t -> new Accompanied(t.kind(), t.id())).orElse(null);
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
