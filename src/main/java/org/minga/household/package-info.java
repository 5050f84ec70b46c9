/**
 * Households and persons: characterisation instruments and answers, alert rules and alerts, care
 * plans (of families and of care settings: schools, workplaces, community spaces, institutions) and field teams
 * (equipos básicos extramurales). Personal data is stored only with an authorization
 * recorded through the privacy module, and every view of a record is logged there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hogares y personas", allowedDependencies = {"platform",
        "territory", "privacy", "planning", "actor"})
package org.minga.household;
