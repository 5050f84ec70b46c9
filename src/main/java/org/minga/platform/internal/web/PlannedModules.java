package org.minga.platform.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Module areas of the roadmap, by navigation key; a module that ships registers a NavigationItem with the key. */
final class PlannedModules {

    static final Map<String, String> AREAS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("actors", "Actores y alianzas");
        m.put("offer", "Oferta institucional");
        m.put("governance", "Instancias y compromisos");
        m.put("households", "Hogares y personas");
        m.put("referrals", "Canalizaciones");
        m.put("fairs", "Jornadas Barrios con Bienestar");
        m.put("participation", "Participación ciudadana");
        m.put("planning", "Planeación e indicadores");
        m.put("dashboard", "Sala situacional");
        m.put("practices", "Buenas prácticas");
        AREAS = java.util.Collections.unmodifiableMap(m);
    }

    private PlannedModules() {
    }
}
