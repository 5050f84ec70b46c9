package org.minga.platform;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of daily work a home page lists, and which role does each: every role lands on its own work (a field
 * worker on visits and alerts, entity staff on their inbox...). Modules contribute the lists as {@link WorkPanel}s.
 */
public enum WorkArea {
    /** Visits due, open alerts and care-plan actions of the user's territories. */
    FIELD_WORK,
    /** Referrals received by the user's entities, by legal deadline. */
    REFERRAL_INBOX,
    /** Overdue commitments, open barriers and overdue referrals of the user's territories. */
    FOLLOW_UP,
    /** Good practices assigned to the user for evaluation. */
    EVALUATION,
    /** Data-subject requests of the jurisdiction, by legal deadline. */
    DATA_REQUESTS,
    /** Imports, users and jurisdictions. */
    ADMINISTRATION;

    /** The work areas a role's home page shows, first things first. */
    public static Set<WorkArea> of(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> EnumSet.of(ADMINISTRATION);
            case DISTRICT, ZONAL, LOCAL -> EnumSet.of(FOLLOW_UP);
            case FIELD_TEAM -> EnumSet.of(FIELD_WORK);
            case PRACTICE_EVALUATOR -> EnumSet.of(EVALUATION);
            case ENTITY_STAFF -> EnumSet.of(REFERRAL_INBOX);
            case PRIVACY_OFFICER -> EnumSet.of(DATA_REQUESTS);
            case READ_ONLY, SYSTEM -> EnumSet.noneOf(WorkArea.class);
        };
    }
}
