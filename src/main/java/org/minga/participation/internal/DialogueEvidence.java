package org.minga.participation.internal;

import java.util.List;
import java.util.Optional;

import org.minga.practice.EvidenceSource;
import org.springframework.stereotype.Component;

/**
 * Live figures for a good practice linked to a citizen dialogue: the reference is a space code (e.g.
 * "redcade-2022-06"); the figures cover the space's whole process (every dialogue of RedCADE, say), since that is
 * what a practice documents.
 */
@Component
record DialogueEvidence(SpaceReadModel spaces) implements EvidenceSource {

    @Override
    public String linkType() {
        return "dialogue";
    }

    @Override
    public Optional<Evidence> figures(long jurisdictionId, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return spaces.byCode(jurisdictionId, reference.strip()).map(s -> {
            SpaceReadModel.ProcessFigures f = spaces.processFigures(jurisdictionId, s.process());
            return new Evidence(s.title() + " · " + s.process(), "/participation/spaces/" + s.id(), List.of(
                    new Figure("Espacios realizados", String.valueOf(f.spaces())),
                    new Figure("Participantes", String.valueOf(f.people())),
                    new Figure("Aportes", String.valueOf(f.contributions())),
                    new Figure("Aportes convertidos en acciones de mejora",
                            share(f.withAction(), f.contributions())),
                    new Figure("Aportes con acción hecha",
                            share(f.done(), f.contributions()))));
        });
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "0" : part + " (" + Math.round(100.0 * part / whole) + " %)";
    }
}
