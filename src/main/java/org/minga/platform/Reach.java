package org.minga.platform;

/** Over which records a role holds a capability. */
public enum Reach implements Labelled {
    /** Not at all. */
    NONE,
    /** Only the user's own records (their notifications). */
    OWN,
    /** The records addressed to the entities the user works for (referrals, fair stands). */
    ENTITY,
    /** The subtree of the user's territory (the whole jurisdiction when the user has no territory). */
    TERRITORY,
    /** The whole jurisdiction of the user. */
    JURISDICTION,
    /** Every jurisdiction (an administrator of all of them). */
    ALL;

    public String label() {
        return Labels.spanish(this, "messages");
    }
}
