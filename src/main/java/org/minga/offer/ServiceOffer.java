package org.minga.offer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.PageRequest;

/** The service offer as other modules (referrals, fairs) use it. */
public interface ServiceOffer {

    /**
     * The active services of a jurisdiction the person may receive, and for each other active service the
     * first reason why not; both lists in name order, paged alike.
     */
    EligibilityAnswer eligibility(long jurisdictionId, PersonProfile profile, PageRequest page);

    /** Every active service of a jurisdiction, in name order: what a fair or a referral chooses from. */
    List<ServiceCard> activeServices(long jurisdictionId);

    /** An active service of a jurisdiction; empty when it does not exist there or is not active. */
    Optional<ServiceCard> activeService(long jurisdictionId, long serviceId);

    /**
     * Empty when the person may receive the service; otherwise the first reason why not, in plain Spanish ("el
     * servicio no está activo" for a service that is not an active one of the jurisdiction).
     */
    Optional<String> ineligibility(long jurisdictionId, PersonProfile profile, long serviceId);

    /**
     * The names of the services among {@code ids}, whatever their status, in name order (the database's collation,
     * then id): iterate it to list names as {@code order by name} would.
     */
    LinkedHashMap<Long, String> names(Collection<Long> ids);

    /** Those of {@code ids} that are services of the jurisdiction, whatever their status. */
    Set<Long> existing(long jurisdictionId, Collection<Long> ids);
}
