package org.minga.territory.internal.diagnosis;

import java.util.List;
import java.util.Optional;

import org.minga.platform.DemoDataset;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shared diagnoses for Suba (Bogotá) and the barrio La Laguna (Cúcuta), as their local bodies might write them. The
 * texts are examples for the demonstration, not real diagnoses.
 */
@Component
record DiagnosisDemoData(JdbcClient jdbc, Territories territories,
        TerritorialDiagnosisRepository diagnoses) implements DemoDataset {

    @Override
    public String name() {
        return "territorial-diagnoses";
    }

    @Override
    public int order() {
        return 312;
    }

    @Override
    public void load() {
        territory("11001", "11").ifPresent(suba -> write(suba, new TerritorialDiagnosis.Content(
                "Mesa Local de Suba",
                "Hogares con personas mayores solas en Tibabuyes y El Rincón; cupos insuficientes de jardín "
                        + "infantil; inseguridad alimentaria en los barrios de ladera.",
                "Juntas de acción comunal activas, huertas urbanas en el humedal Juan Amarillo y una red de "
                        + "cuidadoras que ya acompaña a personas mayores.",
                "La Mesa lee un territorio grande y desigual: el norte resuelve con oferta privada, el occidente "
                        + "depende de la oferta pública y de la organización comunitaria. (Texto de demostración.)",
                List.of(new Evidence(EvidenceKind.FIGURE, "Comparación de priorizaciones 2024-2026",
                        "/territories/prioritization/runs"),
                        new Evidence(EvidenceKind.DIALOGUE, "Diálogo con la red de cuidadoras",
                                "/participation/processes")))));
        territory("54001", "B-C09-01").ifPresent(laguna -> write(laguna, new TerritorialDiagnosis.Content(
                "Junta de Acción Comunal del barrio La Laguna",
                "Familias migrantes sin afiliación en salud; niñas y niños sin cupo escolar; desempleo juvenil.",
                "El salón comunal como punto de atención, lideresas formadas en rutas de cuidado y una cancha "
                        + "donde se hacen las jornadas.",
                "La comunidad acoge a las familias que llegan, pero la respuesta institucional llega por jornadas "
                        + "y no se sostiene entre una y otra. (Texto de demostración.)",
                List.of(new Evidence(EvidenceKind.ASSET, "Salón comunal La Laguna", "/actors/assets")))));
    }

    private Optional<TerritoryView> territory(String jurisdictionCode, String code) {
        return jdbc.sql("select id from jurisdiction where code = :c").param("c", jurisdictionCode).query(Long.class)
                .optional().flatMap(j -> territories.byCode(j, code));
    }

    private void write(TerritoryView t, TerritorialDiagnosis.Content content) {
        if (diagnoses.findLatest(t.id()).isEmpty()) {
            diagnoses.save(TerritorialDiagnosis.first(t.jurisdictionId(), t.id(), content, "demo"));
        }
    }
}
