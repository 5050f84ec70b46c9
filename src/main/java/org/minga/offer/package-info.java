/**
 * Service offer (oferta institucional): the services actors provide, with structured eligibility,
 * requirements, channels, locations and schedules; the eligibility check; the public directory; and the
 * Open Referral HSDS 3.0 export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oferta institucional", allowedDependencies = {"platform",
        "territory", "actor", "planning"})
package org.minga.offer;
