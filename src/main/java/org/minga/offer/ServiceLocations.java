package org.minga.offer;

import java.util.Collection;
import java.util.List;

/**
 * Where services are attended, as other modules draw them on a map: the located places of given services (public
 * information, as the directory and the HSDS export show them).
 */
public interface ServiceLocations {

    /** The located places of the jurisdiction's given services, at most {@code limit}, by service and position. */
    List<ServicePoint> located(long jurisdictionId, Collection<Long> serviceIds, int limit);

    /** A place where a service is attended, at [longitude, latitude]. */
    record ServicePoint(long locationId, long serviceId, String serviceCode, String serviceName, String name,
            String address, double latitude, double longitude) {
    }
}
