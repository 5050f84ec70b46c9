package org.minga.platform;

/**
 * What a handler or a service needs the user to be allowed to do. Which roles hold each capability, and over
 * which reach, is the one table of {@link AccessPolicy}; every page and API handler declares the capability it
 * needs with {@link Requires}.
 */
public enum Capability implements Labelled {
    /** Anyone, signed in or not: the public directory, the HSDS API, the bank, public survey links. */
    PUBLIC,
    /** Any signed-in user: the home page and their own notifications. */
    SIGNED_IN,
    /** Territories, actors, the offer, governance bodies, participation spaces, fairs, practices: no personal data. */
    READ_TERRITORIAL_INFO,
    /** Counts and indicators: the situation room, planning, closed-loop figures. */
    READ_AGGREGATES,
    MANAGE_TERRITORY,
    CONFIGURE_JURISDICTION,
    MANAGE_ACTORS_AND_OFFER,
    RUN_GOVERNANCE,
    RUN_PARTICIPATION,
    RUN_FAIRS,
    REGISTER_AT_FAIRS,
    /** Capacity building: programmes, sessions, attendance, completions, technical assistance, the toolbox. */
    RUN_TRAINING,
    MANAGE_PLANS,
    /** Persons, households, characterisations, alerts, care plans, attentions, consents, referrals by territory. */
    READ_PERSONAL_DATA,
    RECORD_PERSONAL_DATA,
    ANSWER_REFERRALS,
    REGISTER_DATA_REQUESTS,
    PROCESS_DATA_REQUESTS,
    READ_ACCESS_LOG,
    DOCUMENT_PRACTICES,
    MANAGE_PRACTICES,
    EVALUATE_PRACTICES,
    ADMINISTER_USERS,
    /** Background work of the care routes: send the next step's referral when the previous one is attended. */
    ADVANCE_CARE_ROUTES;

    /** The Spanish description users read in messages and in the policy table. */
    public String label() {
        return Labels.inSpanish(this);
    }
}
