/**
 * Actors: the organisations that act in each territory (secretarías, ONG, community organisations,
 * companies, academia, cooperation, churches, leaders, guilds), their contact people, the alliances
 * between them, the social assets of the territories and the actor map.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Actores", allowedDependencies = {"platform", "territory",
        "planning"})
package org.minga.actor;
