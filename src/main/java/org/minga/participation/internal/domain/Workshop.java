package org.minga.participation.internal.domain;

import org.minga.platform.ValidationException;

/** A workshop (taller) in a territory, or on a theme, which a thematic workshop must name. */
public record Workshop(boolean thematic, String theme, String servicePoint) implements SpaceFormat {

    public Workshop {
        theme = Texts.blankToNull(theme);
        servicePoint = Texts.blankToNull(servicePoint);
        if (thematic && theme == null) {
            throw new ValidationException("theme", "Un taller temático necesita su tema.");
        }
    }

    @Override
    public SpaceKind kind() {
        return thematic ? SpaceKind.THEMATIC_WORKSHOP : SpaceKind.TERRITORIAL_WORKSHOP;
    }
}
