/**
 * The situation room (tablero de gestión): key figures, map, trends and agenda of any territory, read from the
 * modules through {@link org.minga.planning.IndicatorSource} and {@link org.minga.dashboard.AgendaSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sala situacional", allowedDependencies = {"platform",
        "territory", "planning"})
package org.minga.dashboard;
