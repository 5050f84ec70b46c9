package org.minga.participation.internal.domain;

import org.minga.platform.ValidationException;

/**
 * A citizen dialogue (diálogo ciudadano): citizens meet where they are served, at a service point; its convocation,
 * confirmation, empathy map, service map and suggestions follow. A dialogue names its service point.
 */
public record Dialogue(String servicePoint, String theme) implements SpaceFormat {

    public Dialogue {
        servicePoint = Texts.blankToNull(servicePoint);
        theme = Texts.blankToNull(theme);
        if (servicePoint == null) {
            throw new ValidationException("servicePoint",
                    "Un diálogo ciudadano se hace en un punto de atención: indíquelo.");
        }
    }

    @Override
    public SpaceKind kind() {
        return SpaceKind.DIALOGUE;
    }
}
