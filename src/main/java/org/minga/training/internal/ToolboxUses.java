package org.minga.training.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.minga.training.internal.TrainingViews.ToolboxUseView;
import org.minga.training.internal.domain.ToolboxUse;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The records that may use a toolbox item: governance bodies, fairs, citizen dialogues and training programmes of its
 * jurisdiction, as their owners offer them ({@link LinkTargets}; training reads none of their tables), chosen with
 * the same picker as what a programme accompanies ({@code /choices/training-toolbox-uses}, {@code kind:id}, several
 * separated by commas); a title typed without the picker is taken when it names one record.
 */
@Component
record ToolboxUses(List<LinkTargets> targets, TrainingAccess access) {

    /** Who uses an item: a body, a fair, a dialogue or a programme. */
    static final Set<String> KINDS = Set.of("body", "fair", "dialogue", "training-programme");

    static final String FIELD = "uses";
    static final String WHAT = "la instancia, jornada, diálogo o programa de formación que usa la herramienta";

    private RecordLinks links() {
        return RecordLinks.of(targets, KINDS, FIELD, WHAT);
    }

    @Bean
    Choices trainingToolboxUsesChoices() {
        return links().picker("training-toolbox-uses", Capability.RUN_TRAINING,
                u -> RecordLinks.whole(access.scope(u, Capability.RUN_TRAINING)));
    }

    /**
     * The records named ({@code kind:id} or titles; an entry may hold several separated by commas or semicolons, as
     * the picker's field does), each once; every entry that names none is a field error on {@code uses}.
     */
    Set<ToolboxUse> parse(List<String> named, Jurisdiction j, List<FieldError> errors) {
        Set<ToolboxUse> uses = new LinkedHashSet<>();
        for (String entry : entries(named)) {
            links().parse(entry, j.id(), j.name(), errors).ifPresent(t -> uses.add(new ToolboxUse(t.kind(), t.id())));
        }
        return uses;
    }

    /** What an item's uses read as: the records that still exist, with their names and pages. */
    List<ToolboxUseView> resolve(List<ToolboxUseView> uses, long jurisdictionId) {
        List<ToolboxUseView> out = new ArrayList<>();
        for (ToolboxUseView u : uses) {
            links().resolve(u.kind(), u.id(), jurisdictionId).ifPresent(t -> out.add(view(t)));
        }
        return out;
    }

    private ToolboxUseView view(Target t) {
        return new ToolboxUseView(t.kind(), t.id(), links().label(t.kind()), t.title(), t.detail(), t.href());
    }

    /**
     * The free text of uses written before they were links: each piece (between commas, semicolons or new lines)
     * that is exactly the title or code of one record becomes a link; the others stay, joined, as the note.
     */
    Matched match(String text, long jurisdictionId) {
        Set<ToolboxUse> uses = new LinkedHashSet<>();
        List<String> rest = new ArrayList<>();
        for (String piece : entries(List.of(text == null ? "" : text))) {
            Optional<Target> t = links().exactly(piece, jurisdictionId);
            t.ifPresentOrElse(r -> uses.add(new ToolboxUse(r.kind(), r.id())), () -> rest.add(piece));
        }
        return new Matched(uses, rest.isEmpty() ? null : String.join("; ", rest));
    }

    record Matched(Set<ToolboxUse> uses, String note) {
    }

    /** The demo's link ({@code kind:id}) to the record of that kind whose detail carries the code, or null. */
    String demoLink(Jurisdiction j, String kind, String code) {
        return links().demoLink(j.id(), kind, code);
    }

    private static List<String> entries(List<String> named) {
        return named == null ? List.of()
                : named.stream().filter(s -> s != null).flatMap(s -> List.of(s.split("[,;\\n]")).stream())
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
