package org.minga.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.CurrentUser;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportRejectedException;
import org.minga.platform.Imports;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The services, alliances and assets imports, and exports that import back. */
@MingaTest
class OfferImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Imports imports;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    ImportContext cucuta() {
        CurrentUser user = new CurrentUser(0, "admin", "Administración", Role.ADMINISTRATOR, null, null);
        return new ImportContext(user, jurisdictions.byCode("54001").orElseThrow(), n -> {
        });
    }

    long services() {
        return jdbc.sql("select count(*) from offer_service").query(Long.class).single();
    }

    @Test
    void aServicesFileWithABadRowLoadsNothingAndNamesRowColumnAndProblem() {
        String code = "IMP-" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "codigo;actor;nombre;descripcion;sector;edad_minima;edad_maxima;grupos_sisben;territorios\n"
                + code + "-1;SBS-CUC;Servicio uno;Descripción;bienestar social;18;;A1-B7;C09\n"
                + code + "-2;NO-EXISTE;Servicio dos;Descripción;salud;40;20;Z9;\n";
        long before = services();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> imports.importNow("services", "servicios.csv",
                csv.getBytes(StandardCharsets.UTF_8), cucuta())))
                        .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                            assertThat(e.errors()).extracting(x -> x.row() + ":" + x.column())
                                    .contains("3:actor", "3:edad_maxima", "3:grupos_sisben");
                            assertThat(e.errors()).allSatisfy(x -> assertThat(x.row()).isEqualTo(3));
                        });
        assertThat(services()).isEqualTo(before);
        String good = csv.substring(0, csv.indexOf(code + "-2"));
        int loaded = tx.execute(
                s -> imports.importNow("services", "servicios.csv", good.getBytes(StandardCharsets.UTF_8), cucuta()));
        assertThat(loaded).isEqualTo(1);
        assertThat(services()).isEqualTo(before + 1);
    }

    String colombiaMayor() {
        return jdbc
                .sql("""
                        select s.min_age || ' ' || array_to_string(s.sisben_groups, ',') || ' ' || s.sector || ' ' || s.version * 0
                          || ' ' || coalesce(t.code, '-') || ' ' || array_to_string(l.weekdays, ',')
                        from offer_service s join offer_service_location l on l.service_id = s.id and l.position = 0
                        left join territory t on t.id = l.territory_id
                        where s.code = 'COLOMBIA-MAYOR' and s.jurisdiction_id = (select id from jurisdiction where code = '54001')""")
                .query(String.class).single();
    }

    @Test
    void theExportsImportBackUnchanged() throws Exception {
        String before = colombiaMayor();
        assertThat(before).startsWith("60 A1,A2,A3,A4,A5,B1,B2,B3,B4,B5,B6,B7,C1 SOCIAL_WELFARE")
                .contains("B-C09-01 SA");
        for (String[] type : new String[][]{{"services", "/api/v1/services/export"},
                {"actors", "/api/v1/actors/export"},
                {"alliances", "/api/v1/alliances/export"}, {"social-assets", "/api/v1/social-assets/export"}}) {
            for (String format : new String[]{"csv", "xlsx"}) {
                byte[] file = mvc
                        .perform(get(type[1] + "?jurisdiction=54001&format=" + format)
                                .with(httpBasic("admin", "minga2026")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                long count = services();
                int loaded = tx.execute(s -> imports.importNow(type[0], "export." + format, file, cucuta()));
                assertThat(loaded).as(type[0] + " " + format).isGreaterThan(0);
                assertThat(services()).isEqualTo(count);
            }
        }
        assertThat(colombiaMayor()).isEqualTo(before);
    }
}
