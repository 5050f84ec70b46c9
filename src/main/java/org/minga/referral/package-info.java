/**
 * Referrals and counter-referrals (canalizaciones, SIRC): a person's or household's need sent to the entity
 * that must answer, tracked through guarded states to closure within a deadline in business days; care
 * routes; closed-loop figures; webhooks and a change feed for other systems.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Canalizaciones y rutas de atención", allowedDependencies = {
        "platform", "territory", "household", "offer", "actor", "privacy", "planning"})
package org.minga.referral;
