package org.minga.platform;

/** Over which records a role holds a capability. */
public enum Reach {
    /** Not at all. */
    NONE("—"),
    /** Only the user's own records (their notifications). */
    OWN("propios"),
    /** The records addressed to the entities the user works for (referrals, fair stands). */
    ENTITY("su entidad"),
    /** The subtree of the user's territory (the whole jurisdiction when the user has no territory). */
    TERRITORY("su territorio"),
    /** The whole jurisdiction of the user. */
    JURISDICTION("su jurisdicción"),
    /** Every jurisdiction (an administrator of all of them). */
    ALL("todas");

    private final String label;

    Reach(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
