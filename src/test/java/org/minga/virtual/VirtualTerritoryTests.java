package org.minga.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;

/**
 * Virtual territories as their users see them (issue 21): one registered with its kind, the physical territories
 * and population groups it reaches and its stewards; its reach stored once per date and shown in date order as a
 * trend; bad input answered in Spanish naming the field; a campaign that runs only with an approved
 * piece and keeps every version of it.
 */
@MingaTest
class VirtualTerritoryTests extends VirtualTestBase {

    @Test
    void aVirtualTerritoryKeepsItsKindTheTerritoriesAndGroupsItReachesAndItsStewards() throws Exception {
        JsonNode v = register("VT-A-" + suffix(), "Comunidad de mensajería");
        assertThat(v.get("kind").asText()).isEqualTo("MESSAGING_COMMUNITY");
        assertThat(v.get("territory").get("code").asText()).isEqualTo("11");
        List<String> reached = new ArrayList<>();
        v.get("reaches").forEach(t -> reached.add(t.get("code").asText()));
        assertThat(reached).containsExactlyInAnyOrder("11", "B-SUBA-06");
        assertThat(v.get("populationGroups").toString()).contains("Jóvenes").contains("Cuidadoras");
        assertThat(v.get("stewards").get(0).get("role").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(v.get("stewards").get(1).get("name").asText()).isEqualTo("Ñusta Quispe");
        assertThat(v.get("stewards").get(1).get("role").asText()).isEqualTo("MODERATOR");
        assertThat(v.get("rules").asText()).contains("respeto");

        JsonNode list = ok(get("/api/v1/virtual-territories"), "distrito", null);
        assertThat(list.toString()).contains(v.get("code").asText());

        Answer bad = send(post("/api/v1/virtual-territories"), "local.suba", Map.of("jurisdiction", "11001",
                "territory", "11", "code", "VT-X-" + suffix(), "name", "Sin tipo", "kind", "Paloma mensajera",
                "reaches", List.of("NO-EXISTE")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("kind").contains("Paloma mensajera").contains("reaches")
                .contains("NO-EXISTE");
    }

    @Test
    void reachOverTimeIsStoredPerDateAndShownInDateOrderAsATrend() throws Exception {
        long id = register("VT-R-" + suffix(), "SOCIAL_NETWORK_GROUP").get("id").asLong();
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        reach(id, today.minusDays(30), 100, 50);
        reach(id, today.minusDays(10), 140, 60);
        reach(id, today.minusDays(20), 120, 55);
        JsonNode v = reach(id, today.minusDays(10), 150, 62); // a second count of a date replaces the first

        JsonNode points = v.get("reach");
        assertThat(points).hasSize(3);
        assertThat(points.get(0).get("measuredOn").asText()).isEqualTo(today.minusDays(30).toString());
        assertThat(points.get(1).get("measuredOn").asText()).isEqualTo(today.minusDays(20).toString());
        assertThat(points.get(2).get("measuredOn").asText()).isEqualTo(today.minusDays(10).toString());
        assertThat(points.get(0).has("membersChange")).isFalse(); // the first has no change
        assertThat(points.get(1).get("membersChange").asInt()).isEqualTo(20);
        assertThat(points.get(2).get("members").asInt()).isEqualTo(150);
        assertThat(points.get(2).get("followersChange").asInt()).isEqualTo(7);
        assertThat(v.get("trend").asText()).isEqualTo("GROWING");
        assertThat(jdbc.sql("select count(*) from virtual_territory_reach where virtual_territory_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(3L);

        reach(id, today, 90, 40);
        assertThat(ok(get("/api/v1/virtual-territories/" + id), "distrito", null).get("trend").asText())
                .isEqualTo("SHRINKING");
        JsonNode row = null;
        for (JsonNode r : ok(get("/api/v1/virtual-territories"), "local.suba", null)) {
            if (r.get("id").asLong() == id) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("members").asInt()).isEqualTo(90);

        Answer future = send(post("/api/v1/virtual-territories/" + id + "/reach"), "local.suba",
                Map.of("measuredOn", today.plusDays(1).toString(), "members", 10, "followers", -1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().toString()).contains("measuredOn").contains("hoy o antes").contains("followers")
                .contains("negativo");
    }

    @Test
    void aCampaignRunsOnlyWithAnApprovedPieceAndKeepsEveryVersion() throws Exception {
        String vt = register("VT-C-" + suffix(), "WEB_CHANNEL").get("code").asText();
        String code = "CAMP-" + suffix();
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        JsonNode c = ok(post("/api/v1/campaigns"), "local.suba", Map.of("jurisdiction", "11001", "territory", "11",
                "code", code, "name", "Feria de servicios", "objective", "Invitar a la feria de servicios de Suba",
                "audiences", "Familias y jóvenes", "startsOn", today.toString(), "endsOn", today.plusDays(20)
                        .toString(),
                "territories", List.of("B-SUBA-06"), "virtualTerritories", List.of(vt)));
        long id = c.get("id").asLong();
        assertThat(c.get("status").asText()).isEqualTo("PLANNED");
        assertThat(c.get("virtualTerritories").toString()).contains(vt);
        assertThat(c.get("territories").toString()).contains("B-SUBA-06");

        Answer noImage = send(post("/api/v1/campaigns/" + id + "/pieces"), "local.suba",
                Map.of("title", "Afiche", "kind", "Imagen"));
        assertThat(noImage.status()).isEqualTo(400);
        assertThat(noImage.body().toString()).contains("image").contains("PNG o JPEG");
        long piece = ok(post("/api/v1/campaigns/" + id + "/pieces"), "local.suba", Map.of("title", "Afiche",
                "kind", "Imagen", "imageType", "image/png", "image", PNG)).get("id").asLong();

        Answer early = send(post("/api/v1/campaigns/" + id + "/launch"), "local.suba", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().toString()).contains("ninguna pieza aprobada");

        String versions = "/api/v1/campaign-pieces/" + piece + "/versions";
        Map<String, String> revised = Map.of("imageType", "image/png", "image", PNG, "body", "Nueva fecha");
        assertThat(ok(post(versions), "local.suba", revised).get("version").asInt()).isEqualTo(2);
        assertThat(ok(post(versions), "local.suba", revised).get("version").asInt()).isEqualTo(3);
        String approval = "/api/v1/campaign-pieces/" + piece + "/approval";
        Answer missing = send(post(approval), "local.suba", Map.of("version", 9));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().toString()).contains("no existe la versión 9");
        ok(post(approval), "local.suba", Map.of("version", 2));
        assertThat(send(post(approval), "local.suba", Map.of("version", 2)).status()).isEqualTo(409);

        JsonNode shown = ok(get("/api/v1/campaigns/" + id), "distrito", null).get("pieces").get(0);
        assertThat(shown.get("versions").asInt()).isEqualTo(3);
        assertThat(shown.get("approvedVersion").asInt()).isEqualTo(2);
        assertThat(ok(post("/api/v1/campaigns/" + id + "/launch"), "local.suba", null).get("status").asText())
                .isEqualTo("RUNNING");
        assertThat(send(post("/api/v1/campaigns/" + id + "/launch"), "local.suba", null).status()).isEqualTo(409);
        assertThat(ok(post("/api/v1/campaigns/" + id + "/close"), "local.suba", null).get("status").asText())
                .isEqualTo("CLOSED");
    }

    @Test
    void theExportHasOneRowPerVirtualTerritoryTheUserReadsWithItsLatestReachAndFigures() throws Exception {
        String code = "VT-E-" + suffix();
        long id = register(code, "SOCIAL_NETWORK_GROUP").get("id").asLong();
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        reach(id, today.minusDays(7), 90, 40);
        reach(id, today.minusDays(1), 150, 62);
        int listed = ok(get("/api/v1/virtual-territories"), "local.suba", null).size();

        byte[] xlsx = mvc.perform(get("/api/v1/virtual-territories/export").param("format", "xlsx")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("local.suba", "minga2026")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("codigo", "nombre", "tipo", "miembros", "seguidores", "sesiones",
                    "sesiones_educacion_salud", "asistencias", "aportes", "canalizaciones_iniciadas");
            assertThat(sheet.getLastRowNum()).isEqualTo(listed);
            var row = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(0).getStringCellValue().equals(code)).findFirst().orElseThrow();
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Comunidad " + code);
            assertThat(row.getCell(2).getStringCellValue()).isNotBlank().isNotEqualTo("SOCIAL_NETWORK_GROUP");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(150); // the latest count, not the first
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(62);
            assertThat(row.getCell(5).getNumericCellValue()).isZero();
        }
    }

    private JsonNode reach(long id, LocalDate on, int members, int followers) throws Exception {
        return ok(post("/api/v1/virtual-territories/" + id + "/reach"), "local.suba",
                Map.of("measuredOn", on.toString(), "members", members, "followers", followers));
    }
}
