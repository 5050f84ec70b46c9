/**
 * Capacity building (formación y asistencia técnica): the capacity catalogue of each jurisdiction, training
 * programmes with their sessions, attendance, evaluation and certificates, the capacities people and teams hold and
 * lack, technical assistance to the territories with least institutional presence, and the methodology toolbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Formación y asistencia técnica", allowedDependencies = {
        "platform", "territory", "household", "privacy", "planning"})
package org.minga.training;
