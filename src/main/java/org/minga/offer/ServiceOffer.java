package org.minga.offer;

import org.minga.platform.PageRequest;

/** The service offer as other modules (referrals, fairs) use it. */
public interface ServiceOffer {

    /**
     * The active services of a jurisdiction the person may receive, and for each other active service the
     * first reason why not; both lists in name order, paged alike.
     */
    EligibilityAnswer eligibility(long jurisdictionId, PersonProfile profile, PageRequest page);
}
