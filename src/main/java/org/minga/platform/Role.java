package org.minga.platform;

/** What a user may do. Every user except an all-jurisdiction administrator is scoped to a territory subtree. */
public enum Role implements Labelled {
    ADMINISTRATOR,
    DISTRICT,
    ZONAL,
    LOCAL,
    FIELD_TEAM,
    PRACTICE_EVALUATOR,
    READ_ONLY,
    /**
     * Staff of an entity (a secretaría, ICBF, a hospital...): works the referrals addressed to the entity and
     * registers its services at fairs; sees no territory's households or people beyond those.
     */
    ENTITY_STAFF,
    /**
     * The personal-data protection officer of a jurisdiction (oficial de protección de datos personales, Ley 1581
     * de 2012): the only one who answers consultas and reclamos and executes a deletion; reads the access log.
     */
    PRIVACY_OFFICER,
    /**
     * Minga itself doing background work (care routes, scheduled jobs, demo data), with its own narrow
     * capabilities; never a signed-in person, never assignable to an account.
     */
    SYSTEM;

    /** The Spanish name users see. */
    public String label() {
        return Labels.spanish(this, "messages");
    }

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that may change the territorial data of their scope (tree, variables, geometry, imports). */
    public boolean managesTerritory() {
        return this == ADMINISTRATOR || this == DISTRICT || this == ZONAL || this == LOCAL;
    }

    /** True for the roles an administrator may give to an account. */
    public boolean assignable() {
        return this != SYSTEM;
    }

    public boolean readOnly() {
        return this == READ_ONLY;
    }
}
