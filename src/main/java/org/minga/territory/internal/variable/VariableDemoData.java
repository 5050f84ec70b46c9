package org.minga.territory.internal.variable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.DemoDataset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo catalogues and values for Bogotá's localidades and Cúcuta's comunas. The numbers are plausible
 * orders of magnitude, not official figures, and every one says so in its source.
 */
@Configuration(proxyBeanMethods = false)
class VariableDemoData {

    static final String DEMO_SOURCE = "Datos de demostración (aproximados)";
    static final String DEMO_NOTE = " Valores aproximados para demostración; no son cifras oficiales.";

    record Definition(String code, String name, String unit, VariableDirection direction, String description) {
    }

    static final List<Definition> BOGOTA = List.of(
            new Definition("poblacion_total", "Población total", "personas", VariableDirection.HIGHER_IS_WORSE,
                    "Personas residentes (orden de magnitud de las proyecciones DANE): más población, más demanda."),
            new Definition("pobreza_ipm", "Índice de pobreza multidimensional", "%", VariableDirection.HIGHER_IS_WORSE,
                    "Porcentaje de personas en pobreza multidimensional."),
            new Definition("sisben_ab", "Hogares en SISBEN A–B", "%", VariableDirection.HIGHER_IS_WORSE,
                    "Porcentaje de hogares clasificados en los grupos A (pobreza extrema) y B (pobreza moderada) del SISBEN IV."),
            new Definition("desempleo", "Tasa de desempleo", "%", VariableDirection.HIGHER_IS_WORSE,
                    "Desocupados sobre población económicamente activa."),
            new Definition("personas_mayores", "Personas mayores", "%", VariableDirection.HIGHER_IS_WORSE,
                    "Porcentaje de la población con 60 años o más."),
            new Definition("cobertura_media", "Cobertura neta en educación media", "%",
                    VariableDirection.HIGHER_IS_BETTER,
                    "Jóvenes de 15 a 16 años matriculados en media sobre la población de esa edad."));

    /** 2024 values per localidad code, in the order of {@link #BOGOTA}. */
    static final Map<String, double[]> BOGOTA_2024 = Map.ofEntries(
            Map.entry("01", new double[]{570_000, 2.5, 12, 7.5, 19, 55}),
            Map.entry("02", new double[]{170_000, 1.8, 8, 6.8, 20, 60}),
            Map.entry("03", new double[]{105_000, 9.5, 35, 12.0, 15, 40}),
            Map.entry("04", new double[]{400_000, 9.0, 42, 12.5, 13, 42}),
            Map.entry("05", new double[]{385_000, 11.5, 48, 13.5, 10, 38}),
            Map.entry("06", new double[]{185_000, 6.0, 30, 11.0, 15, 48}),
            Map.entry("07", new double[]{800_000, 8.5, 40, 12.0, 10, 44}),
            Map.entry("08", new double[]{1_030_000, 5.5, 28, 10.5, 13, 50}),
            Map.entry("09", new double[]{420_000, 3.0, 15, 8.5, 14, 52}),
            Map.entry("10", new double[]{820_000, 3.5, 18, 9.0, 17, 55}),
            Map.entry("11", new double[]{1_320_000, 4.0, 20, 9.0, 15, 53}),
            Map.entry("12", new double[]{280_000, 2.2, 10, 8.0, 22, 58}),
            Map.entry("13", new double[]{145_000, 1.2, 5, 6.5, 24, 65}),
            Map.entry("14", new double[]{85_000, 7.0, 30, 11.5, 17, 45}),
            Map.entry("15", new double[]{80_000, 3.8, 18, 9.5, 18, 50}),
            Map.entry("16", new double[]{250_000, 3.2, 15, 9.5, 19, 52}),
            Map.entry("17", new double[]{17_000, 6.5, 28, 10.5, 16, 47}),
            Map.entry("18", new double[]{375_000, 8.0, 38, 12.0, 14, 43}),
            Map.entry("19", new double[]{650_000, 12.5, 50, 14.0, 10, 36}),
            Map.entry("20", new double[]{4_000, 25.0, 60, 9.0, 14, 30}));

    /** How 2023 differed from 2024, per variable: population grew ~1 %, the rates moved a little. */
    static final double[] CHANGE_2023 = {-0.0099, 0.4, 0.5, 0.7, -0.3, -1.0};

    /**
     * How 2026 differs from 2024 per localidad, in the order of {@link #BOGOTA} (population as a factor): the
     * southern localidades where the district concentrated its fairs and care routes improved most; the rest moved
     * a little, some for the worse.
     */
    static final Map<String, double[]> CHANGE_2026 = Map.ofEntries(
            Map.entry("19", new double[]{1.02, -3.5, -7, -1.5, 0.5, 5}),
            Map.entry("05", new double[]{1.02, -2.5, -6, -1.0, 0.5, 4}),
            Map.entry("04", new double[]{1.01, -2.0, -5, -1.0, 0.5, 3}),
            Map.entry("07", new double[]{1.03, -1.5, -4, -0.5, 0.5, 3}),
            Map.entry("18", new double[]{1.01, -1.0, -3, -0.5, 0.5, 2}),
            Map.entry("08", new double[]{1.02, 0.8, 3, 0.8, 0.5, -1}),
            Map.entry("14", new double[]{1.00, 1.0, 4, 1.0, 0.5, -2}),
            Map.entry("03", new double[]{1.00, 1.2, 5, 1.0, 0.5, -2}));
    private static final double[] CHANGE_2026_OTHERS = {1.01, 0.2, 1, 0.2, 0.5, 0};

    static final List<Definition> CUCUTA = List.of(BOGOTA.get(1), BOGOTA.get(2), BOGOTA.get(3), BOGOTA.get(5));
    static final double[][] CUCUTA_2024 = {
            {14.0, 38, 13.5, 45}, {9.5, 30, 12.0, 50}, {6.0, 22, 11.0, 55}, {18.5, 52, 15.5, 38},
            {12.0, 41, 14.0, 44}, {21.0, 58, 16.0, 35}, {16.5, 47, 15.0, 40}, {24.0, 63, 17.5, 32},
            {11.0, 36, 12.5, 48}, {7.5, 25, 11.5, 53}};

    @Bean
    DemoDataset bogotaVariables(SocialVariableRepository store, VariableCatalog catalog) {
        return new Dataset("bogota-variables-2024", 300, () -> {
            Optional<Long> j = store.jurisdictionId("11001");
            if (j.isEmpty()) {
                return;
            }
            Map<String, Long> localidades = store.territoriesOfLevel(j.get(), "localidad");
            if (localidades.isEmpty()) {
                return;
            }
            List<Long> ids = define(catalog, store, j.get(), BOGOTA);
            for (Map.Entry<String, double[]> e : BOGOTA_2024.entrySet()) {
                Long territory = localidades.get(e.getKey());
                if (territory == null) {
                    continue;
                }
                for (int i = 0; i < ids.size(); i++) {
                    double v2024 = e.getValue()[i];
                    double v2023 = i == 0 ? Math.round(v2024 * (1 + CHANGE_2023[0]))
                            : Math.max(0, v2024 + CHANGE_2023[i]);
                    store.insertDemoValue(j.get(), territory, ids.get(i), 2024, v2024, DEMO_SOURCE);
                    store.insertDemoValue(j.get(), territory, ids.get(i), 2023, v2023, DEMO_SOURCE);
                }
            }
        });
    }

    /** The same variables two years later, so two runs of the same method can be compared. */
    @Bean
    DemoDataset bogotaVariables2026(SocialVariableRepository store) {
        return new Dataset("bogota-variables-2026", 301, () -> {
            Optional<Long> j = store.jurisdictionId("11001");
            if (j.isEmpty()) {
                return;
            }
            Map<String, Long> localidades = store.territoriesOfLevel(j.get(), "localidad");
            List<Long> ids = BOGOTA.stream().map(d -> store.byCode(j.get(), d.code()))
                    .flatMap(Optional::stream).map(SocialVariable::id).toList();
            if (localidades.isEmpty() || ids.size() < BOGOTA.size()) {
                return;
            }
            for (Map.Entry<String, double[]> e : BOGOTA_2024.entrySet()) {
                Long territory = localidades.get(e.getKey());
                if (territory == null) {
                    continue;
                }
                double[] change = CHANGE_2026.getOrDefault(e.getKey(), CHANGE_2026_OTHERS);
                for (int i = 0; i < ids.size(); i++) {
                    double v2024 = e.getValue()[i];
                    double v2026 = i == 0 ? Math.round(v2024 * change[0]) : Math.max(0, v2024 + change[i]);
                    store.insertDemoValue(j.get(), territory, ids.get(i), 2026, v2026, DEMO_SOURCE);
                }
            }
        });
    }

    /**
     * 2024 values per Cúcuta barrio, in the order of {@link #CUCUTA}: the northwest (comunas 6 to 9: Atalaya, La
     * Laguna) with the most need, the centre and Caobos with the least.
     */
    static final Map<String, double[]> CUCUTA_BARRIOS_2024 = Map.ofEntries(
            Map.entry("B-C01-01", new double[]{9.0, 30, 13.0, 50}),
            Map.entry("B-C02-01", new double[]{3.5, 10, 9.0, 65}),
            Map.entry("B-C04-01", new double[]{16.0, 48, 15.0, 40}),
            Map.entry("B-C06-01", new double[]{20.0, 55, 16.0, 36}),
            Map.entry("B-C07-01", new double[]{17.5, 50, 15.5, 39}),
            Map.entry("B-C08-01", new double[]{25.0, 64, 18.0, 31}),
            Map.entry("B-C08-02", new double[]{23.0, 60, 17.0, 33}),
            Map.entry("B-C09-01", new double[]{27.0, 68, 18.5, 29}),
            Map.entry("B-C09-02", new double[]{12.0, 40, 14.0, 45}));

    /** Cúcuta's barrios with the comunas' variables, so a run can rank them for the fairs (issue 22). */
    @Bean
    DemoDataset cucutaBarrioVariables(SocialVariableRepository store) {
        return new Dataset("cucuta-barrio-variables-2024", 306, () -> {
            Optional<Long> j = store.jurisdictionId("54001");
            if (j.isEmpty()) {
                return;
            }
            Map<String, Long> barrios = store.territoriesOfLevel(j.get(), "barrio");
            List<Long> ids = CUCUTA.stream().map(d -> store.byCode(j.get(), d.code()))
                    .flatMap(Optional::stream).map(SocialVariable::id).toList();
            if (barrios.isEmpty() || ids.size() < CUCUTA.size()) {
                return;
            }
            for (Map.Entry<String, double[]> e : CUCUTA_BARRIOS_2024.entrySet()) {
                Long territory = barrios.get(e.getKey());
                for (int i = 0; territory != null && i < ids.size(); i++) {
                    store.insertDemoValue(j.get(), territory, ids.get(i), 2024, e.getValue()[i], DEMO_SOURCE);
                }
            }
        });
    }

    @Bean
    DemoDataset cucutaVariables(SocialVariableRepository store, VariableCatalog catalog) {
        return new Dataset("cucuta-variables-2024", 305, () -> {
            Optional<Long> j = store.jurisdictionId("54001");
            if (j.isEmpty()) {
                return;
            }
            Map<String, Long> comunas = store.territoriesOfLevel(j.get(), "comuna");
            if (comunas.isEmpty()) {
                return;
            }
            List<Long> ids = define(catalog, store, j.get(), CUCUTA);
            int n = 0;
            for (Long territory : comunas.values()) {
                double[] row = CUCUTA_2024[n++ % CUCUTA_2024.length];
                for (int i = 0; i < ids.size(); i++) {
                    store.insertDemoValue(j.get(), territory, ids.get(i), 2024, row[i], DEMO_SOURCE);
                }
            }
        });
    }

    private static List<Long> define(VariableCatalog catalog, SocialVariableRepository store, long jurisdictionId,
            List<Definition> definitions) {
        return definitions.stream().map(d -> {
            catalog.upsert(jurisdictionId, d.code(), d.name(), d.unit(), DEMO_SOURCE, d.direction(),
                    d.description() + DEMO_NOTE);
            return store.byCode(jurisdictionId, d.code()).orElseThrow().id();
        }).toList();
    }

    private record Dataset(String name, int order, Runnable loader) implements DemoDataset {
        @Override
        public void load() {
            loader.run();
        }
    }
}
