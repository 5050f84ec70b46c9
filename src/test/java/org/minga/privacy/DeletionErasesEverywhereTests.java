package org.minga.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * A deletion really erases: a person with a household, a characterisation, alerts, a care plan, an attention, referrals,
 * a fair attendance, a dialogue invitation and a row in an imported file is deleted on request, and then no text, JSON
 * or stored file anywhere in the database holds any of the person's names, document, phone, e-mail or address, while
 * the counts by territory stay the same.
 */
@MingaTest
class DeletionErasesEverywhereTests {

    static final String PW = "minga2026";
    static final String OFFICER = "privacidad.cucuta";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode call(RequestBuilder request, ResultMatcher expected) throws Exception {
        var result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        try {
            expected.match(result);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + body, e);
        }
        return body.isEmpty() ? null : json.readTree(body);
    }

    JsonNode post(String user, String url, String body, ResultMatcher expected) throws Exception {
        return call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(httpBasic(user, PW))
                        .contentType(MediaType.APPLICATION_JSON).content(body),
                expected);
    }

    JsonNode get(String user, String url) throws Exception {
        return call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).with(httpBasic(user, PW)),
                status().isOk());
    }

    long id(String sql, Object... params) {
        var q = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            q = q.param("p" + i, params[i]);
        }
        return q.query(Long.class).single();
    }

    /** Rows by territory of the tables the situation room counts. */
    Map<String, Long> countsByTerritory() {
        Map<String, Long> out = new TreeMap<>();
        for (String table : List.of("person", "household", "attention", "referral", "fair_registration")) {
            String path = table.equals("fair_registration") ? "cast(fair_id as text)" : "territory_path";
            jdbc.sql("select " + path + ", count(*) from " + table + " group by 1")
                    .query((rs, n) -> out.put(table + " " + rs.getString(1), rs.getLong(2))).list();
        }
        return out;
    }

    @Test
    void afterADeletionNoTableNorStoredFileHoldsThePersonAndCountsByTerritoryStay() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String doc = String.valueOf(1_093_000_000L + random.nextLong(900_000));
        String phone = "31" + (10_000_000 + random.nextInt(89_999_999));
        String email = "zenobia.q" + random.nextInt(100_000) + "@example.org";
        String address = "Carrera 99 Bis # 77-" + (10 + random.nextInt(89));
        String household = "H-SUPR-" + random.nextInt(1_000_000);
        String otherDoc = String.valueOf(1_094_000_000L + random.nextLong(900_000));
        long cucuta = id("select id from jurisdiction where code = '54001'");

        // 1. the person arrives in an imported file, with a neighbour who stays
        String csv = "codigo_hogar,codigo_territorio,direccion,parentesco,tipo_documento,numero_documento,primer_nombre,"
                + "segundo_nombre,primer_apellido,segundo_apellido,fecha_nacimiento,sexo,telefono,autoriza_nombre,autoriza_canal,"
                + "autoriza_finalidades,autoriza_evidencia,autoriza_datos_sensibles\n"
                + household + ",B-C09-01," + address + ",JEFE,CC," + doc
                + ",Zenobia,Filomena,Quirquincho,Ñandubay,1950-03-04,F,"
                + phone + ",Zenobia Quirquincho,PRESENCIAL,Caracterización y cuidado,Formato FA-901,si\n"
                + household + "-B,B-C09-01,Calle 3 # 4-5,JEFE,CC," + otherDoc
                + ",Teodoro,,Vecino,,1970-01-01,M,,Teodoro Vecino,"
                + "PRESENCIAL,Caracterización,Formato FA-902,no\n";
        MockMultipartFile file = new MockMultipartFile("file", "personas-supresion.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        long job = call(multipart("/api/v1/imports").file(file).param("type", "persons").param("jurisdiction", "54001")
                .with(httpBasic("cucuta", PW)), status().isAccepted()).get("id").asLong();
        for (int i = 0; i < 400 && !get("cucuta", "/api/v1/imports/" + job).get("finished").asBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(get("cucuta", "/api/v1/imports/" + job).get("status").asText()).isEqualTo("DONE");
        // the same person again in a spreadsheet: refused as a duplicate, the file and its error report stay stored
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("personas");
            String[] lines = csv.split("\n");
            for (int r = 0; r < 2; r++) {
                String[] cells = lines[r].split(",", -1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            book.write(xlsx);
        }
        long spreadsheet = call(
                multipart("/api/v1/imports").file(new MockMultipartFile("file", "personas-otra-vez.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.toByteArray()))
                        .param("type", "persons").param("jurisdiction", "54001").with(httpBasic("cucuta", PW)),
                status().isAccepted())
                        .get("id").asLong();
        for (int i = 0; i < 400 && !get("cucuta", "/api/v1/imports/" + spreadsheet).get("finished").asBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(get("cucuta", "/api/v1/imports/" + spreadsheet).get("status").asText()).isEqualTo("INVALID");
        long person = id("select id from person where document_number = :p0", doc);
        long home = id("select household_id from person where id = :p0", person);

        // 2. a characterisation, the alerts (older adult living alone), a care plan with a visit
        long instrument = id("select id from instrument where code = 'PERSONA-APS' and jurisdiction_id = :p0", cucuta);
        post("cucuta", "/api/v1/characterizations",
                "{\"instrumentId\":" + instrument + ",\"householdId\":" + home + ",\"personId\":"
                        + person + ",\"answers\":{\"afiliacion_salud\":\"Subsidiado\",\"enfermedad_cronica\":true,"
                        + "\"cual_enfermedad\":\"Hipertensión, cuenta Zenobia Quirquincho\"}}",
                status().isCreated());
        post("cucuta", "/api/v1/alerts/run?jurisdiction=54001", "{}", status().isOk());
        assertThat(id("select count(*) from alert where person_id = :p0", person)).isPositive();
        JsonNode plan = post("cucuta", "/api/v1/care-plans",
                "{\"householdId\":" + home + ",\"actions\":[{\"need\":\"Compañía\","
                        + "\"action\":\"Llamar a Zenobia al " + phone
                        + "\",\"responsibleType\":\"FAMILIA\",\"responsibleName\":"
                        + "\"Zenobia Quirquincho\",\"startOn\":\"2025-03-01\",\"dueOn\":\"2025-04-01\"}]}",
                status().isCreated());
        post("cucuta", "/api/v1/care-plans/" + plan.get("id").asLong() + "/visits",
                "{\"visitedOn\":\"2025-03-05\",\"notes\":"
                        + "\"Visita a Zenobia Filomena Quirquincho Ñandubay en " + address
                        + "\",\"nextVisitOn\":\"2025-03-20\"}",
                status().isOk());

        // 3. an attention and a referral
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        post("cucuta", "/api/v1/attentions?jurisdiction=54001",
                "{\"setting\":\"hogar\",\"mode\":\"INDIVIDUAL\",\"attendedOn\":\""
                        + today
                        + "\",\"territoryCode\":\"B-C09-01\",\"actorName\":\"Secretaría de Salud de Cúcuta\",\"personId\":"
                        + person
                        + ",\"householdId\":" + home + ",\"notes\":\"Zenobia refiere mareos; teléfono " + phone + "\"}",
                status().isCreated());
        long ssa = id("select a.id from actor a where a.jurisdiction_id = :p0 and a.code = 'SSA-CUC'", cucuta);
        post("cucuta", "/api/v1/referrals", "{\"personId\":" + person
                + ",\"needCategory\":\"salud\",\"needDescription\":"
                + "\"Zenobia Quirquincho: hipertensión sin control\",\"origin\":\"visita de campo\",\"actorId\":" + ssa
                + ",\"priority\":\"alta\",\"shareAuthorized\":true,\"shareEvidence\":\"Formato FC-1 firmado por Zenobia Quirquincho\"}",
                status().isCreated());

        // 4. a fair attendance at Bienestar Social's stand, today, with a referral made there
        long sbs = id("select a.id from actor a where a.jurisdiction_id = :p0 and a.code = 'SBS-CUC'", cucuta);
        long colombiaMayor = id(
                "select s.id from offer_service s where s.jurisdiction_id = :p0 and s.code = 'COLOMBIA-MAYOR'", cucuta);
        long laguna = id("select id from territory where jurisdiction_id = :p0 and code = 'B-C09-01'", cucuta);
        long fair = post("cucuta", "/api/v1/fairs", """
                {"jurisdiction":"54001","code":"S-%s","name":"Jornada de supresión","territoryId":%d,"date":"%s",
                 "startsAt":"07:00","endsAt":"13:00","site":"Cancha","status":"CONFIRMADA"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), laguna, today), status().isCreated()).get("id")
                        .asLong();
        post("cucuta", "/api/v1/fairs/" + fair + "/participants",
                "{\"actorId\":%d,\"kind\":\"ENTIDAD\",\"stand\":\"1\"}".formatted(sbs),
                status().isCreated());
        post("cucuta", "/api/v1/fairs/" + fair + "/services",
                "{\"serviceId\":%d,\"actorId\":%d}".formatted(colombiaMayor, sbs),
                status().isCreated());
        post("cucuta", "/api/v1/fairs/" + fair + "/attendances", """
                {"uuid":"%s","actorId":%d,"serviceIds":[%d],"documentType":"CC","documentNumber":"%s","satisfaction":5,
                 "needCategory":"HEALTH","needDescription":"Zenobia necesita valoración","shareAuthorized":true}"""
                .formatted(UUID.randomUUID(), sbs, colombiaMayor, doc), status().isCreated());

        // 5. an invitation to a dialogue
        long space = post("cucuta", "/api/v1/spaces",
                "{\"kind\":\"DIALOGUE\",\"title\":\"Diálogo de supresión\",\"process\":"
                        + "\"Diálogos\",\"territoryCode\":\"B-C09-01\",\"servicePoint\":\"Salón comunal\",\"heldOn\":\"2025-03-04\","
                        + "\"durationMinutes\":120,\"participationLevel\":\"consultivo\",\"organiserName\":\"Responsable\","
                        + "\"countedAttendance\":5}",
                status().isCreated()).get("id").asLong();
        post("cucuta", "/api/v1/spaces/" + space + "/invitations",
                "{\"kind\":\"PERSON\",\"personId\":" + person + ",\"name\":"
                        + "\"Zenobia Quirquincho\",\"email\":\"" + email + "\",\"phone\":\"" + phone + "\"}",
                status().isCreated());

        // 6. the request, what it would erase, the export ("todo lo que Minga guarda sobre usted")
        JsonNode request = post("cucuta", "/api/v1/data-requests", "{\"personId\":" + person
                + ",\"kind\":\"SUPRESION\","
                + "\"requestedBy\":\"Zenobia Quirquincho\",\"details\":\"Zenobia Quirquincho pide suprimir sus datos; responder a "
                + email + "\"}", status().isCreated());
        long requestId = request.get("id").asLong();
        JsonNode held = get(OFFICER, "/api/v1/data-requests/" + requestId + "/held");
        assertThat(held.get("Hogares y personas").get("Caracterizaciones").asLong()).isEqualTo(1);
        assertThat(held.get("Hogares y personas").get("Alertas").asLong()).isPositive();
        assertThat(held.get("Atenciones").get("Atenciones").asLong()).isEqualTo(1);
        assertThat(held.get("Remisiones y rutas de atención").get("Remisiones").asLong()).isEqualTo(2);
        assertThat(held.get("Ferias de servicios").get("Asistencias a ferias de servicios").asLong()).isEqualTo(1);
        assertThat(held.get("Participación ciudadana").get("Invitaciones a espacios de participación").asLong())
                .isEqualTo(1);
        assertThat(held.get("Plataforma: auditoría, archivos importados y notificaciones")
                .get("Archivos importados con sus datos")
                .asLong()).isEqualTo(2);
        // the privacy officer's confirmation shows it before anything is erased
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/privacy/requests/" + requestId + "/answer").param("response", "Suprimidos")
                .param("applyDeletion", "true")
                .param("version", "0").with(httpBasic(OFFICER, PW))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.replaceAll("\\s+", " ")).contains("Lo que se borrará")
                .contains("Remisiones y rutas de atención")
                .contains("<td>Remisiones</td><td>2</td>")
                .contains("<td>Asistencias a ferias de servicios</td><td>1</td>")
                .contains("<td>Archivos importados con sus datos</td><td>2</td>");
        assertThat(id("select count(*) from person where id = :p0 and anonymised_at is null", person)).isEqualTo(1);
        JsonNode export = get(OFFICER, "/api/v1/data-requests/" + requestId + "/export").get("datos");
        assertThat(export.get("Hogares y personas").get("datos").get("firstName").asText()).isEqualTo("Zenobia");
        assertThat(export.get("Atenciones").get("atenciones").toString()).contains("Zenobia refiere mareos");
        assertThat(export.get("Remisiones y rutas de atención").get("remisiones")).hasSize(2);
        assertThat(export.get("Ferias de servicios").get("asistencias").toString()).contains("Jornada de supresión");
        assertThat(export.get("Participación ciudadana").get("invitaciones").toString()).contains(email);
        assertThat(export.get("Protección de datos personales").get("autorizaciones")).hasSize(1);
        assertThat(export.get("Plataforma: auditoría, archivos importados y notificaciones").get("archivosImportados")
                .toString())
                        .contains("personas-supresion.csv");

        List<String> identifiers = List.of("Zenobia", "Filomena", "Quirquincho", "Ñandubay", "Nandubay", doc, phone,
                email, address);
        // before: the scan finds the person everywhere the person was recorded, the stored file included
        assertThat(scan(identifiers)).contains("person.document_number: " + doc, "person.phone: " + phone,
                "household.address: " + address, "characterization.answers: Zenobia",
                "care_plan_action.responsible_name: Zenobia",
                "care_plan_visit.notes: Ñandubay", "attention.notes: Zenobia", "referral.subject_name: Quirquincho",
                "referral.need_description: Zenobia", "space_invitation.email: " + email,
                "space_invitation.phone: " + phone,
                "data_request.requested_by: Zenobia", "data_authorization.granted_by_name: Zenobia",
                "audit_log.after_state: " + phone, "import_job.content: " + doc, "import_job.content: Filomena",
                "import_job.errors: " + doc,
                "import_job.content: " + address);
        Map<String, Long> before = countsByTerritory();

        // 7. the deletion
        long started = System.nanoTime();
        JsonNode answered = post(OFFICER, "/api/v1/data-requests/" + requestId + "/answer",
                "{\"response\":\"Sus datos fueron suprimidos\",\"applyDeletion\":true,\"version\":0}", status().isOk());
        assertThat(answered.get("status").asText()).isEqualTo("RESPONDIDA");
        System.out.printf("Deletion through every owner: %d ms (audit_log %d rows, import_job %d files)%n",
                (System.nanoTime() - started) / 1_000_000, id("select count(*) from audit_log"),
                id("select count(*) from import_job"));

        assertThat(scan(identifiers)).isEmpty();
        assertThat(countsByTerritory()).isEqualTo(before);
        // the neighbour's row of the same file is untouched, and so is the neighbour
        String stored = new String(
                jdbc.sql("select content from import_job where id = :id").param("id", job).query(byte[].class)
                        .single(),
                StandardCharsets.UTF_8);
        assertThat(stored).contains("Teodoro,,Vecino").contains(otherDoc).contains(household + ",B-C09-01,ANONIMIZADO");
        assertThat(id("select count(*) from person where document_number = :p0 and first_name = 'Teodoro'", otherDoc))
                .isEqualTo(1);
        // a compressed spreadsheet cannot be searched in place: the one that held the person is discarded, its job stays
        assertThat(id("select length(content) from import_job where id = :p0", spreadsheet)).isZero();
        assertThat(get("cucuta", "/api/v1/imports/" + spreadsheet).toString())
                .contains("supresión de datos personales");
    }

    @Test
    void aDeletionThatFailsInOneModuleErasesNothingInAny() throws Exception {
        String doc = String.valueOf(1_095_000_000L + ThreadLocalRandom.current().nextLong(900_000));
        long home = post("local.suba", "/api/v1/households",
                "{\"jurisdiction\":\"11001\",\"territoryCode\":\"B-SUBA-01\","
                        + "\"address\":\"Calle 140 # 91-19\",\"estrato\":2,\"sisbenGroup\":\"B3\"}",
                status().isCreated()).get("id").asLong();
        long person = post("local.suba", "/api/v1/persons", "{\"householdId\":" + home + ",\"relation\":\"JEFE\","
                + "\"documentType\":\"CC\",\"documentNumber\":\"" + doc
                + "\",\"firstName\":\"Eufrasia\",\"lastName\":\"Tolosa\","
                + "\"birthDate\":\"1980-01-01\",\"sex\":\"F\",\"authorization\":{\"grantedByName\":\"Eufrasia Tolosa\","
                + "\"channel\":\"PRESENCIAL\",\"purposes\":\"Caracterización\",\"evidence\":\"Formato FA-3\",\"byGuardian\":false,"
                + "\"sensitiveData\":false}}", status().isCreated()).get("id").asLong();
        long request = post("local.suba", "/api/v1/data-requests",
                "{\"personId\":" + person + ",\"kind\":\"SUPRESION\","
                        + "\"requestedBy\":\"Eufrasia Tolosa\",\"details\":\"Pide suprimir sus datos\"}",
                status().isCreated()).get("id").asLong();
        // privacy's tables refuse the change for this person: the household module's part must not stay either
        jdbc.sql("""
                create function refuse_erasure() returns trigger language plpgsql as $$
                begin raise exception 'supresión rechazada por la prueba'; end $$""").update();
        jdbc.sql("create trigger refuse_erasure before update on data_authorization for each row when (old.person_id = "
                + person + ") execute function refuse_erasure()").update();
        try {
            org.assertj.core.api.Assertions
                    .assertThatThrownBy(() -> post("privacidad.bogota", "/api/v1/data-requests/" + request + "/answer",
                            "{\"response\":\"Suprimidos\",\"applyDeletion\":true,\"version\":0}",
                            status().is5xxServerError()))
                    .hasMessageContaining("supresión rechazada por la prueba");
        } finally {
            jdbc.sql("drop trigger refuse_erasure on data_authorization").update();
            jdbc.sql("drop function refuse_erasure()").update();
        }
        assertThat(jdbc.sql(
                "select first_name || ' ' || document_number || ' ' || (anonymised_at is null) from person where id = :p")
                .param("p", person).query(String.class).single()).isEqualTo("Eufrasia " + doc + " true");
        assertThat(
                jdbc.sql("select status || ' ' || requested_by from data_request where id = :id").param("id", request)
                        .query(String.class).single()).isEqualTo("RADICADA Eufrasia Tolosa");
        assertThat(id(
                "select count(*) from audit_log where entity_type = 'Person' and entity_id = :p0 and action = 'ANONYMISE'",
                String.valueOf(person))).isZero();
        // once the refusal is gone, the same request erases
        post("privacidad.bogota", "/api/v1/data-requests/" + request + "/answer",
                "{\"response\":\"Suprimidos\",\"applyDeletion\":true,\"version\":0}", status().isOk());
        assertThat(scan(List.of(doc, "Eufrasia", "Calle 140 # 91-19"))).isEmpty();
    }

    /** Every text, JSON and stored-file column of every table that holds one of the values: "table.column: value". */
    List<String> scan(List<String> values) {
        record Column(String table, String column, String type) {
        }
        List<Column> columns = jdbc.sql("""
                select c.table_name, c.column_name, c.data_type from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')
                order by 1, 2""")
                .query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<String> found = new ArrayList<>();
        for (Column c : columns) {
            for (String v : values) {
                String where = c.type().equals("bytea")
                        ? "position(convert_to(:v, 'UTF8') in \"" + c.column() + "\") > 0"
                                + " or position(convert_to(upper(:v), 'UTF8') in \"" + c.column() + "\") > 0"
                        : "\"" + c.column() + "\"::text ilike '%' || :v || '%'";
                long n = jdbc.sql("select count(*) from \"" + c.table() + "\" where " + where).param("v", v)
                        .query(Long.class).single();
                if (n > 0) {
                    found.add(c.table() + "." + c.column() + ": " + v);
                }
            }
        }
        return found;
    }
}
