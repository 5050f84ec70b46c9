package org.minga.practice.internal;

/**
 * What a practice or a lesson can link to as evidence. The reference is the target's id (or code) in its
 * module; types whose module is not in Minga yet are kept and shown without figures until it lands.
 */
enum LinkType {
    TERRITORY("territory", "Territorio", "el módulo de territorio"),
    PRIORITIZATION_RUN("prioritization-run", "Priorización territorial", "el módulo de territorio"),
    SOCIAL_VARIABLE("social-variable", "Variable social", "el módulo de territorio"),
    FAIR("fair", "Jornada (feria de servicios)", "el módulo de jornadas"),
    DIALOGUE("dialogue", "Diálogo ciudadano", "el módulo de participación"),
    BODY("body", "Instancia de coordinación", "el módulo de instancias"),
    INDICATOR("indicator", "Indicador", "el módulo de planeación");

    private final String code;
    private final String label;
    private final String module;

    LinkType(String code, String label, String module) {
        this.code = code;
        this.label = label;
        this.module = module;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String module() {
        return module;
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
