/**
 * Planning: plans, strategic lines, goals, indicators with baselines, targets and measurements, SDG links.
 * Its {@link org.minga.planning.IndicatorSource} SPI is how the other modules offer the figures Minga computes
 * from its own data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planeación e indicadores", allowedDependencies = {
        "platform", "territory"})
package org.minga.planning;
