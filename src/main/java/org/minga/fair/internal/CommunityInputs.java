package org.minga.fair.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minga.fair.internal.FairRecords.CommunityInput;
import org.minga.fair.internal.FairRecords.InputRow;
import org.minga.fair.internal.domain.CommunityInputRole;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.FieldError;
import org.minga.platform.Labels;
import org.minga.platform.LinkTargets;
import org.minga.platform.RecordLinks;
import org.minga.platform.LinkTargets.Target;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The community records a fair may hear (issue 24): participation's spaces (dialogues, workshops) and surveys, as
 * participation offers them ({@link LinkTargets}; the fair reads none of its tables). The fair page's picker
 * ({@code /choices/fair-community-inputs}) submits {@code kind:id}; a title typed without the picker is taken when it
 * names one record. A stored link resolves to the record's title, page and what came out of it.
 */
@Component
record CommunityInputs(List<LinkTargets> targets, FairAccess access, FairReadModel read, Labels labels) {

    /** What may feed a fair: a participation space or a survey. */
    static final Set<String> KINDS = Set.of("space", "survey");

    static final String FIELD = "record";
    static final String WHAT = "el espacio de participación o la encuesta";

    CommunityInputs {
        targets = targets.stream().filter(t -> KINDS.contains(t.kind())).toList();
    }

    private RecordLinks links() {
        return new RecordLinks(targets, FIELD, WHAT);
    }

    /** The spaces and surveys of the user's jurisdiction (a dialogue is often held above the fair's barrio). */
    @Bean
    Choices fairCommunityInputChoices() {
        return links().picker("fair-community-inputs", Capability.RUN_FAIRS,
                u -> RecordLinks.whole(access.scheduleScope(u)));
    }

    /** The record named ({@code kind:id} or a title) in the jurisdiction, or empty with a field error. */
    Optional<Target> parse(String text, long jurisdictionId, String jurisdictionName, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(FIELD, "Elija " + WHAT + " que alimenta la jornada."));
            return Optional.empty();
        }
        return links().parse(text, jurisdictionId, jurisdictionName, errors);
    }

    Optional<Target> resolve(String kind, long id, long jurisdictionId) {
        return links().resolve(kind, id, jurisdictionId);
    }

    /** What the community records linked to a fair are now, with what came out of each. */
    List<CommunityInput> of(long fairId, long jurisdictionId) {
        List<CommunityInput> inputs = new ArrayList<>();
        for (InputRow r : read.communityInputs(fairId)) {
            Optional<LinkTargets> kind = links().kind(r.kind());
            Optional<Target> t = kind.flatMap(k -> k.byId(jurisdictionId, r.recordId()));
            Optional<LinkTargets.Outcome> out = t.isEmpty() ? Optional.empty()
                    : kind.get().outcome(jurisdictionId, r.recordId());
            CommunityInputRole role = CommunityInputRole.valueOf(r.role());
            inputs.add(new CommunityInput(r.id(), r.role(), labels.of(role), r.kind(), label(r.kind()), r.recordId(),
                    t.map(Target::title).orElse(null), t.map(Target::detail).orElse(null),
                    t.map(Target::href).orElse(null), out.map(LinkTargets.Outcome::figures).orElse(List.of()),
                    out.map(LinkTargets.Outcome::agreements).orElse(List.of())));
        }
        return inputs;
    }

    /** The demo's link ({@code kind:id}) to the record of that kind whose detail carries the code, or null. */
    String demoLink(long jurisdictionId, String kind, String code) {
        return links().demoLink(jurisdictionId, kind, code);
    }

    /** How people read the kind: «Encuesta». */
    String label(String kind) {
        return links().label(kind);
    }
}
