/**
 * Territory: the territorial tree of each jurisdiction with its configured levels, geometry, population
 * and social variables, and the prioritisation index that ranks territories.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territorio", allowedDependencies = "platform")
package org.minga.territory;
