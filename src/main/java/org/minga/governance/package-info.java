/**
 * Governance: intersectoral bodies at macro, meso and micro level (Comisión Intersectorial, Mesa MAS Bienestar,
 * Mesas de Coordinación Técnica, Mesas Locales APS, Consejo de Política Social...), their members, sessions with
 * attendance and minutes, commitments tracked to done in business days, barriers escalated between levels with
 * their trail, demonstration exercises and the intersectoral measures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gobernanza intersectorial", allowedDependencies = {
        "platform", "territory", "actor", "offer", "practice", "referral", "planning", "dashboard", "household"})
package org.minga.governance;
