package org.minga.household;

import java.util.List;

import org.minga.platform.CurrentUser;

/**
 * Referrals drafted on a household visit made offline (issue 27): the services a worker may choose from, cached
 * with the prepared day, and the referral a draft becomes when it is synchronised. Implemented by the referral
 * module, which depends on this one: household names no referral type.
 */
public interface FieldReferrals {

    /** The active services of a jurisdiction, in name order, as the day caches them. */
    List<Service> services(long jurisdictionId);

    /**
     * Creates the referral of a person of a visited household (origin: field visit), with the referral pages'
     * checks (need, service, authorization to share data, eligibility and the user's scope over the person), in
     * the caller's transaction. A {@link org.minga.platform.ValidationException} names each problem.
     */
    Created create(Draft draft, CurrentUser user);

    /** The needs a referral names, as codes with their words in the user's language. */
    List<Need> needs();

    /** A need: its code and its words. */
    record Need(String code, String label) {
    }

    /** A service as the field worker picks it. */
    record Service(long id, String name, String sector, String providerName) {
    }

    /**
     * What the worker wrote offline: the person, the need ({@code needCategory} an offer need's name or word), the
     * service chosen, and the evidence that the person authorized sharing their data with its provider.
     */
    record Draft(long personId, String needCategory, String needDescription, long serviceId, String shareEvidence,
            String originReference) {
    }

    record Created(long id, String code) {
    }
}
