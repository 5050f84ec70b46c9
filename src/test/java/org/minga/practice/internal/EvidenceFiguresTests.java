package org.minga.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Jurisdictions;
import org.minga.practice.EvidenceSource.Evidence;
import org.minga.practice.EvidenceSource.Figure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A practice's link to a saved prioritisation or a social variable shows their live figures (from territory). */
@MingaTest
class EvidenceFiguresTests {

    @Autowired
    EvidenceService evidence;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLinkedPrioritizationRunShowsItsYearHowManyTerritoriesItRankedAndTheFirst() {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        long cucuta = jurisdictions.byCode("54001").orElseThrow().id();
        long run = jdbc.sql("select id from prioritization_run where jurisdiction_id = :j and year = 2024 "
                + "and name = 'Priorización demostrativa 2024'").param("j", bogota).query(Long.class).single();
        String first = jdbc.sql("select territory_name from prioritization_result where run_id = :r and rank = 1")
                .param("r", run).query(String.class).single();

        Evidence e = evidence.figures(LinkType.PRIORITIZATION_RUN, bogota, String.valueOf(run)).orElseThrow();

        assertThat(e.title()).isEqualTo("Priorización demostrativa 2024");
        assertThat(e.href()).isEqualTo("/territories/prioritization/runs/" + run);
        assertThat(e.figures()).extracting(Figure::label, Figure::value).containsExactly(tuple("Año", "2024"),
                tuple("Territorios priorizados (Localidad)", "20"), tuple("Primer lugar", first));
        assertThat(evidence.figures(LinkType.PRIORITIZATION_RUN, cucuta, String.valueOf(run)))
                .as("another jurisdiction's run").isEmpty();
    }

    @Test
    void aLinkedSocialVariableShowsItsUnitItsLastYearAndHowManyValues() {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        long values = jdbc.sql("select count(*) from variable_value x join social_variable v on v.id = x.variable_id "
                + "where v.jurisdiction_id = :j and v.code = 'pobreza_ipm'").param("j", bogota).query(Long.class)
                .single();

        Evidence e = evidence.figures(LinkType.SOCIAL_VARIABLE, bogota, "pobreza_ipm").orElseThrow();

        assertThat(e.href()).startsWith("/territories/variables/");
        assertThat(e.figures()).extracting(Figure::label).containsExactly("Unidad", "Último año con datos",
                "Valores registrados");
        assertThat(e.figures().get(1).value()).isEqualTo("2026");
        assertThat(e.figures().get(2).value()).isEqualTo(EvidenceService.number(values));
        assertThat(values).isGreaterThan(20);
        assertThat(evidence.figures(LinkType.SOCIAL_VARIABLE, bogota, "no_existe")).isEmpty();
    }
}
