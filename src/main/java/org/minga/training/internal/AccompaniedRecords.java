package org.minga.training.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.LinkTargets;
import org.minga.platform.RecordLinks;
import org.minga.platform.LinkTargets.Target;
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
    static final Set<String> KINDS = Set.of("body", "body-session", "exercise", "fair", "plan");

    static final String FIELD = "accompaniedRecord";
    static final String WHAT = "la instancia, sesión, ejercicio demostrativo, jornada o plan que acompaña";

    private RecordLinks links() {
        return RecordLinks.of(targets, KINDS, FIELD, WHAT);
    }

    @Bean
    Choices trainingAccompaniedChoices() {
        return links().picker("training-accompanied", Capability.RUN_TRAINING,
                u -> RecordLinks.whole(access.scope(u, Capability.RUN_TRAINING)));
    }

    /**
     * The record a form or the API names ({@code kind:id} from the picker, or a title), in the jurisdiction; null when
     * nothing is named, or null with a field error naming the field when it names no record or several.
     */
    Accompanied parse(String text, Jurisdiction j, List<FieldError> errors) {
        return links().parse(text, j.id(), j.name(), errors).map(t -> new Accompanied(t.kind(), t.id())).orElse(null);
    }

    /** The record a stored link names, when it still exists in the jurisdiction. */
    Optional<Target> resolve(String kind, long id, long jurisdictionId) {
        return links().resolve(kind, id, jurisdictionId);
    }

    /** The demo's link ({@code kind:id}) to the record of that kind whose detail carries the code, or null. */
    String demoLink(Jurisdiction j, String kind, String code) {
        return links().demoLink(j.id(), kind, code);
    }

    /** How people read the kind: «Instancia», «Jornada de servicios». */
    String label(String kind) {
        return links().label(kind);
    }
}
