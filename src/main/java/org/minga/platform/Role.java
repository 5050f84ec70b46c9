package org.minga.platform;

/** What a user may do. Every user except an all-jurisdiction administrator is scoped to a territory subtree. */
public enum Role {
    ADMINISTRATOR("administrador"),
    DISTRICT("distrital"),
    ZONAL("zonal"),
    LOCAL("local"),
    FIELD_TEAM("equipo de campo"),
    PRACTICE_EVALUATOR("evaluador de buenas prácticas"),
    READ_ONLY("consulta"),
    /**
     * Staff of an entity (a secretaría, ICBF, a hospital...): works the referrals addressed to the entity and
     * registers its services at fairs; sees no territory's households or people beyond those.
     */
    ENTITY_STAFF("personal de entidad");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Spanish name users see. */
    public String label() {
        return label;
    }

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that may change the territorial data of their scope (tree, variables, geometry, imports). */
    public boolean managesTerritory() {
        return this == ADMINISTRATOR || this == DISTRICT || this == ZONAL || this == LOCAL;
    }

    public boolean readOnly() {
        return this == READ_ONLY;
    }
}
