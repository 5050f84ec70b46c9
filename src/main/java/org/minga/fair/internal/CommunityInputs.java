package org.minga.fair.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minga.fair.internal.FairRecords.CommunityInput;
import org.minga.fair.internal.FairRecords.InputRow;
import org.minga.fair.internal.domain.CommunityInputRole;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.Choices.Choice;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Labels;
import org.minga.platform.LinkTargets;
import org.minga.platform.LinkTargets.Target;
import org.minga.platform.Named;
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

    @Bean
    Choices fairCommunityInputChoices() {
        return Choices.of("fair-community-inputs", this::choices, Capability.RUN_FAIRS);
    }

    /** The spaces and surveys of the user's jurisdiction (a dialogue is often held above the fair's barrio). */
    List<Choice> choices(String query, CurrentUser user, int limit) {
        AccessScope scope = access.scheduleScope(user);
        if (scope == null || scope.none()) {
            return List.of();
        }
        AccessScope whole = scope.jurisdictionId() == null ? scope : AccessScope.jurisdiction(scope.jurisdictionId());
        return find(query, whole, limit).stream()
                .map(t -> new Choice(t.kind() + ":" + t.id(), t.title(), label(t.kind()) + " · " + t.detail()))
                .toList();
    }

    private List<Target> find(String query, AccessScope scope, int limit) {
        List<Target> found = new ArrayList<>();
        for (LinkTargets kind : targets) {
            found.addAll(kind.find(query, scope, limit));
        }
        return found.stream().limit(limit).toList();
    }

    /** The record named ({@code kind:id} or a title) in the jurisdiction, or empty with a field error. */
    Optional<Target> parse(String text, long jurisdictionId, String jurisdictionName, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(FIELD, "Elija " + WHAT + " que alimenta la jornada."));
            return Optional.empty();
        }
        String typed = text.strip();
        int colon = typed.indexOf(':');
        if (colon > 0 && typed.substring(colon + 1).matches("\\d{1,18}")) {
            Optional<Target> t = resolve(typed.substring(0, colon), Long.parseLong(typed.substring(colon + 1)),
                    jurisdictionId);
            if (t.isEmpty()) {
                errors.add(new FieldError(FIELD, "No existe en " + jurisdictionName + " " + WHAT + " («" + typed
                        + "»). Elija uno de la lista."));
            }
            return t;
        }
        List<Target> all = find(typed, AccessScope.jurisdiction(jurisdictionId), 50);
        List<Target> exact = all.stream().filter(t -> t.title().equalsIgnoreCase(typed)).toList();
        return new Named<>(typed, exact.isEmpty() && all.size() == 1 ? all : exact, all,
                t -> t.title() + " (" + label(t.kind()) + ")").orError(FIELD, WHAT, errors);
    }

    Optional<Target> resolve(String kind, long id, long jurisdictionId) {
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst().flatMap(t -> t.byId(jurisdictionId, id));
    }

    /** What the community records linked to a fair are now, with what came out of each. */
    List<CommunityInput> of(long fairId, long jurisdictionId) {
        List<CommunityInput> inputs = new ArrayList<>();
        for (InputRow r : read.communityInputs(fairId)) {
            Optional<LinkTargets> kind = targets.stream().filter(t -> t.kind().equals(r.kind())).findFirst();
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
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst().stream()
                .flatMap(t -> t.find(code, AccessScope.jurisdiction(jurisdictionId), 50).stream())
                .filter(t -> t.detail().contains(code)).findFirst().map(t -> kind + ":" + t.id()).orElse(null);
    }

    /** How people read the kind: «Encuesta». */
    String label(String kind) {
        return targets.stream().filter(t -> t.kind().equals(kind)).map(LinkTargets::label).findFirst().orElse(kind);
    }
}
