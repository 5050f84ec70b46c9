/**
 * Attentions (GESI): individual and collective interventions recorded in the life settings hogar, educativo,
 * laboral, institucional and comunitario, with lists and counts by setting, territory and month.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Atenciones por entorno", allowedDependencies = {
        "platform", "territory", "household", "privacy", "planning"})
package org.minga.attention;
