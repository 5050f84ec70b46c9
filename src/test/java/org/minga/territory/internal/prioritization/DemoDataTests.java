package org.minga.territory.internal.prioritization;

import org.minga.territory.RunComparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Bogotá demo variables and the example run. When the demo territories are loaded (the normal case) the
 * datasets already ran at start-up; otherwise the test builds Bogotá's 20 localidades and runs them itself.
 */
@MingaTest
class DemoDataTests {

    static final String[] LOCALIDADES = {"Usaquén", "Chapinero", "Santa Fe", "San Cristóbal", "Usme", "Tunjuelito",
            "Bosa", "Kennedy", "Fontibón", "Engativá", "Suba", "Barrios Unidos", "Teusaquillo", "Los Mártires",
            "Antonio Nariño", "Puente Aranda", "La Candelaria", "Rafael Uribe Uribe", "Ciudad Bolívar", "Sumapaz"};

    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<DemoDataset> datasets;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PrioritizationService service;

    @Test
    void bogotaGetsLabelledDemoVariablesAndAnExampleRun() {
        tx.executeWithoutResult(s -> ensureBogota());
        long j = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();

        List<Map<String, Object>> variables = jdbc
                .sql("select code, source from social_variable where jurisdiction_id = :j")
                .param("j", j).query().listOfRows();
        assertThat(variables).hasSize(6);
        assertThat(variables)
                .allSatisfy(v -> assertThat(v.get("source")).isEqualTo("Datos de demostración (aproximados)"));
        assertThat(jdbc.sql("select count(*) from variable_value where jurisdiction_id = :j and year in (2023, 2024)")
                .param("j", j).query(Long.class).single()).isEqualTo(20 * 6 * 2);
        BigDecimal suba = jdbc.sql("""
                select vv.value from variable_value vv join social_variable v on v.id = vv.variable_id
                join territory t on t.id = vv.territory_id
                where v.jurisdiction_id = :j and v.code = 'poblacion_total' and t.code = '11' and vv.year = 2024""")
                .param("j", j).query(BigDecimal.class).single();
        assertThat(suba).isEqualByComparingTo("1320000");

        List<Map<String, Object>> ranking = jdbc
                .sql("""
                        select r.rank, r.territory_code from prioritization_result r join prioritization_run pr on pr.id = r.run_id
                        where pr.jurisdiction_id = :j and pr.name = 'Priorización demostrativa 2024' order by r.position""")
                .param("j", j).query().listOfRows();
        assertThat(ranking).hasSize(20);
        assertThat(ranking.get(0).get("rank")).isEqualTo(1);
        // the poorest localidades with the least coverage come first; Teusaquillo, the least deprived, comes last
        assertThat(ranking.subList(0, 3)).extracting(r -> r.get("territory_code")).contains("19", "20");
        assertThat(ranking.get(19).get("territory_code")).isEqualTo("13");

        // 2026 with the same method: the southern localidades served most improved, so their priority fell
        List<Long> runs = jdbc.sql("""
                select id from prioritization_run where jurisdiction_id = :j
                and name in ('Priorización demostrativa 2024', 'Priorización demostrativa 2026') order by year""")
                .param("j", j).query(Long.class).list();
        assertThat(runs).hasSize(2);
        CurrentUser demo = new CurrentUser(0, "demo", "Datos de demostración", Role.DISTRICT, j, null);
        RunComparison comparison = service.compare(runs, demo);
        assertThat(comparison.rows()).hasSize(20);
        RunComparison.Row ciudadBolivar = comparison.rows().stream().filter(r -> r.code().equals("19")).findFirst()
                .orElseThrow();
        assertThat(ciudadBolivar.scoreChange()).isNegative();
        assertThat(ciudadBolivar.movers()).isNotEmpty();
        assertThat(comparison.rows()).anyMatch(r -> r.rankChange() != null && r.rankChange() != 0);

        // Suba's local body has a shared diagnosis
        datasets.stream().filter(d -> d.name().equals("territorial-diagnoses")).findFirst().orElseThrow().load();
        assertThat(jdbc.sql("""
                select d.authored_by from territorial_diagnosis d join territory t on t.id = d.territory_id
                where t.jurisdiction_id = :j and t.code = '11' order by d.edition desc limit 1""")
                .param("j", j).query(String.class).single()).isEqualTo("Mesa Local de Suba");
    }

    private void ensureBogota() {
        Long j = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).optional().orElse(null);
        if (j == null) {
            j = jdbc.sql("""
                    insert into jurisdiction (code, name, country, time_zone)
                    values ('11001', 'Bogotá D.C.', 'CO', 'America/Bogota') returning id""")
                    .query(Long.class).single();
            long level = jdbc
                    .sql("""
                            insert into territory_level (jurisdiction_id, code, name, rank) values (:j, 'localidad', 'Localidad', 2)
                            returning id""")
                    .param("j", j).query(Long.class).single();
            for (int i = 0; i < LOCALIDADES.length; i++) {
                long t = jdbc.sql("""
                        insert into territory (jurisdiction_id, level_id, code, name, name_key, area_type, path, depth)
                        values (:j, :l, :c, :n, lower(:n), 'URBAN', '/', 0) returning id""")
                        .param("j", j).param("l", level).param("c", String.format("%02d", i + 1))
                        .param("n", LOCALIDADES[i]).query(Long.class).single();
                jdbc.sql("update territory set path = '/' || id || '/' where id = :id").param("id", t).update();
            }
        }
        boolean loaded = jdbc.sql("select exists(select 1 from social_variable where jurisdiction_id = :j)")
                .param("j", j).query(Boolean.class).single();
        if (!loaded) {
            datasets.stream().filter(d -> d.name().equals("bogota-variables-2024")).findFirst().orElseThrow().load();
            for (String name : List.of("bogota-prioritization-2024", "bogota-variables-2026",
                    "bogota-prioritization-2026")) {
                datasets.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().load();
            }
        }
    }
}
