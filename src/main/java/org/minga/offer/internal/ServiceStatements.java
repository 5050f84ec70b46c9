package org.minga.offer.internal;

import java.util.List;

import org.minga.territory.TerritoryView;

/**
 * The custom statements of {@link ServiceRepository}: what is not the service's own row. The territories where it is
 * offered (and their paths copied on the row), its locations, and the narrow {@code offer_eligibility} row that
 * answers "who may receive what" with the SISBEN IV groups as a bit mask.
 */
interface ServiceStatements {

    /** Replaces the areas, the eligibility row and the locations of a service just saved. */
    void replaceChildren(long serviceId, List<TerritoryView> areas, long sisbenMask,
            List<ServiceValidation.ValidLocation> locations);
}
