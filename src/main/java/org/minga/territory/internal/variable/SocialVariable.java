package org.minga.territory.internal.variable;

/** A variable of a jurisdiction's catalogue, as pages, the API and the prioritisation see it. */
public record SocialVariable(long id, long jurisdictionId, String code, String name, String description,
        String unit, String source, VariableDirection direction, int version) {
}
