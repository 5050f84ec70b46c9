package org.minga.practice.internal;

import org.minga.platform.Labelled;

/**
 * What a practice or a lesson can link to as evidence. The reference is the target's id (or code) in its
 * module; types whose module is not in Minga yet are kept and shown without figures until it lands. Its words
 * ({@code enum.LinkType.*}) and the module that answers for each ({@code pr.link.module.*}) are in the bundles.
 */
enum LinkType implements Labelled {
    TERRITORY("territory"),
    PRIORITIZATION_RUN("prioritization-run"),
    SOCIAL_VARIABLE("social-variable"),
    FAIR("fair"),
    DIALOGUE("dialogue"),
    BODY("body"),
    INDICATOR("indicator");

    private final String code;

    LinkType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The bundle key of the words naming the module that answers for this type. */
    public String moduleKey() {
        return "pr.link.module." + name();
    }

    static LinkType of(String code) {
        for (LinkType t : values()) {
            if (t.code.equals(code) || t.name().equalsIgnoreCase(code)) {
                return t;
            }
        }
        return null;
    }
}
