/**
 * Households and persons: characterisation instruments and answers, alert rules and alerts, family care
 * plans and field teams (equipos básicos extramurales). Personal data is stored only with an authorization
 * recorded through the privacy module, and every view of a record is logged there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hogares y personas", allowedDependencies = {"platform",
        "territory", "privacy", "planning"})
package org.minga.household;
