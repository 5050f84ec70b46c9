/**
 * Demo data: the jurisdictions of Bogotá D.C., San José de Cúcuta and San Antonio (Chile), their
 * territorial trees, and the demo users (password {@code minga2026}). Loaded once, only when
 * {@code MINGA_DEMO} is true (the default). Uses only the public APIs of the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Datos de demostración", allowedDependencies = {
        "platform", "territory"})
package org.minga.demo;
