/**
 * Service fairs (jornadas "Barrios con Bienestar"): the yearly schedule per jurisdiction with the barrio chosen
 * from the prioritisation index, the entities with their services and stands, allies and their contributions,
 * the alistamiento checklist, registration of people attended at the stands (working offline, stored once),
 * referrals created in the same step, results by service, entity, age group, sex and population group, a PDF
 * report and XLSX export, comparison across fairs with a map, and lessons learned.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jornadas de servicios", allowedDependencies = {
        "platform", "territory", "offer", "actor", "household", "privacy", "referral",
        "planning", "dashboard", "practice"})
package org.minga.fair;
