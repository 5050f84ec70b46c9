/**
 * Citizen participation: participatory spaces (citizen dialogues, territorial and thematic workshops) with their
 * convocation, attendance, empathy maps and service maps; contributions from spaces and surveys, grouped and turned
 * into tracked improvement actions; the devolución that closes the loop; surveys with a designer, versions, a public
 * link, an offline surveyor mode, analysis and exports; and participation figures over time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participación ciudadana", allowedDependencies = {
        "platform", "territory", "actor", "offer", "household", "privacy", "practice", "planning", "dashboard"})
package org.minga.participation;
