/**
 * Virtual territories (territorios virtuales): digital communities that reach beyond physical borders (groups on a
 * social network, messaging communities, web channels, online forums), the physical territories and population
 * groups they reach, who administers and moderates them, their rules of engagement and their reach over time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territorios virtuales", allowedDependencies = {
        "platform", "territory", "household", "privacy", "participation", "referral", "planning", "actor"})
package org.minga.virtual;
