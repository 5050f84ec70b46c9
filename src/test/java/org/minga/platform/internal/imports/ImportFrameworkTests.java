package org.minga.platform.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewJurisdiction;
import org.minga.platform.Role;
import org.minga.platform.internal.security.TestPrincipals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import framework end to end: upload through the API or the page, validate, load all or nothing. */
@MingaTest
@Import(TestPeopleImport.class)
class ImportFrameworkTests {

    private static final AtomicLong USER_IDS = new AtomicLong(880_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    ObjectMapper json;
    @Autowired
    ImportJobRepository store;
    @Autowired
    InterruptedImports interrupted;

    Jurisdiction jurisdiction;
    CurrentUser importer;

    @BeforeEach
    void setUp() {
        jdbc.sql(TestPeopleImport.TABLE_DDL).update();
        jurisdiction = newJurisdiction();
        importer = user(Role.DISTRICT, jurisdiction);
    }

    @Test
    void semicolonWindows1252FileWithDecimalCommasAndAccentsImportsExactly() throws Exception {
        byte[] file = "codigo;nombre;valor\r\nA1;Bogotá;1.234,5\r\nA2;Ñuñoa;7,25\r\nA3;Cúcuta;\r\n"
                .getBytes(TextEncoding.WINDOWS_1252);

        JsonNode job = awaitFinished(upload("personas.csv", file, importer), importer);

        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("loadedRows").asInt()).isEqualTo(3);
        assertThat(job.get("totalRows").asInt()).isEqualTo(3);
        assertThat(job.get("errorCount").asInt()).isZero();
        assertThat(stored()).containsExactly(
                Map.of("codigo", "A1", "nombre", "Bogotá", "valor", new BigDecimal("1234.5")),
                Map.of("codigo", "A2", "nombre", "Ñuñoa", "valor", new BigDecimal("7.25")),
                Map.of("codigo", "A3", "nombre", "Cúcuta"));
        Map<String, Object> audit = jdbc
                .sql("select username, jurisdiction_id, after_state::text as after from audit_log "
                        + "where action = 'IMPORT' and entity_type = 'import' and entity_id = :id")
                .param("id", String.valueOf(job.get("id").asLong())).query().singleRow();
        assertThat(audit.get("username")).isEqualTo(importer.username());
        assertThat(audit.get("jurisdiction_id")).isEqualTo(jurisdiction.id());
        assertThat((String) audit.get("after")).contains("\"rows\": 3").contains("personas.csv");
    }

    @Test
    void utf8WithBomCommaDelimiterQuotesAndHeadersWrittenByPeopleWork() throws Exception {
        String text = "\uFEFF Código ,NOMBRE,Valor\n"
                + "B1,\"Pérez, Ana\",\"1,234.5\"\n"
                + "B2,\"Línea uno\nlínea dos\",3.5\n";

        JsonNode job = awaitFinished(upload("personas.csv", text.getBytes(StandardCharsets.UTF_8), importer), importer);

        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(stored()).containsExactly(
                Map.of("codigo", "B1", "nombre", "Pérez, Ana", "valor", new BigDecimal("1234.5")),
                Map.of("codigo", "B2", "nombre", "Línea uno\nlínea dos", "valor", new BigDecimal("3.5")));
    }

    @Test
    void xlsxFirstSheetImportsAsPeopleSeeIt() throws Exception {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Personas");
            row(sheet, 0, "codigo", "nombre", "valor");
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue(101); // a number typed as a code: read "101", not "101.0"
            r1.createCell(1).setCellValue("Bogotá");
            r1.createCell(2).setCellValue(1234.5);
            // row 3 left blank on purpose: skipped
            Row r3 = sheet.createRow(3);
            r3.createCell(0).setCellValue("C3");
            r3.createCell(1).setCellValue("Ñuñoa");
            r3.createCell(2).setCellFormula("2*3.5");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            file = out.toByteArray();
        }

        JsonNode job = awaitFinished(upload("personas.xlsx", file, importer), importer);

        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(stored()).containsExactly(
                Map.of("codigo", "101", "nombre", "Bogotá", "valor", new BigDecimal("1234.5")),
                Map.of("codigo", "C3", "nombre", "Ñuñoa", "valor", new BigDecimal("7")));
    }

    @Test
    void wrongHeaderGivesOneErrorPerProblemAndStoresNothing() throws Exception {
        byte[] file = "codgo;nombre;extra;nombre\nA1;Bogotá;x;y\n".getBytes(StandardCharsets.UTF_8);

        JsonNode job = awaitFinished(upload("personas.csv", file, importer), importer);

        assertThat(job.get("status").asText()).isEqualTo("INVALID");
        assertThat(errors(job)).containsExactly(
                "1|codgo|La columna «codgo» no es de este tipo de importación. Columnas válidas: codigo, nombre, valor.",
                "1|extra|La columna «extra» no es de este tipo de importación. Columnas válidas: codigo, nombre, valor.",
                "1|nombre|La columna «nombre» está repetida en el encabezado.",
                "1|codigo|Falta la columna obligatoria «codigo».");
        assertThat(job.get("message").asText()).contains("4 errores").contains("no se cargó ninguna fila");
        assertThat(stored()).isEmpty();
    }

    @Test
    void emptyFileAndHeaderOnlyFileAreRefusedClearly() throws Exception {
        JsonNode empty = awaitFinished(upload("vacio.csv", "\n\n".getBytes(StandardCharsets.UTF_8), importer),
                importer);
        JsonNode headerOnly = awaitFinished(upload("solo.csv", "codigo;nombre\n".getBytes(StandardCharsets.UTF_8),
                importer), importer);

        assertThat(errors(empty)).containsExactly("0||El archivo está vacío: no tiene encabezado ni filas.");
        assertThat(errors(headerOnly))
                .containsExactly("0||El archivo solo tiene el encabezado: no hay filas para importar.");
    }

    @Test
    void twoBadRowsGiveExactlyTheirErrorsWithRowNumbersAndNothingIsStored() throws Exception {
        byte[] file = ("codigo;nombre;valor\n"
                + "A1;Bogotá;1\n"
                + "A2;Cúcuta;uno\n" // row 3: not a number
                + "A3;Suba;2,5\n"
                + "A4;;4\n" // row 5: no name
                + "A5;Usme;5\n").getBytes(TextEncoding.WINDOWS_1252);

        JsonNode job = awaitFinished(upload("personas.csv", file, importer), importer);

        assertThat(job.get("status").asText()).isEqualTo("INVALID");
        assertThat(job.get("errorCount").asInt()).isEqualTo(2);
        assertThat(errors(job)).containsExactly(
                "3|valor|El valor 'uno' no es un número.",
                "5|nombre|El nombre es obligatorio.");
        assertThat(stored()).isEmpty();
    }

    @Test
    void errorReportDownloadsAsCsvWithBomForExcel() throws Exception {
        byte[] file = "codigo;nombre;valor\nA1;Bogotá;uno\nA1;;2\n".getBytes(StandardCharsets.UTF_8);
        JsonNode job = awaitFinished(upload("personas.csv", file, importer), importer);

        MvcResult result = mvc
                .perform(get("/api/v1/imports/{id}/errors.csv", job.get("id").asLong()).with(as(importer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn();

        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "fila;columna;problema",
                "2;valor;El valor 'uno' no es un número.",
                "3;codigo;El código A1 está repetido.",
                "3;nombre;El nombre es obligatorio.");
    }

    @Test
    void loadThatFailsMidwayLeavesNothingStoredAndTheJobFailed() throws Exception {
        byte[] file = "codigo;nombre\nA1;Uno\nA2;Dos\nBOOM;Tres\nA4;Cuatro\n".getBytes(StandardCharsets.UTF_8);

        JsonNode job = awaitFinished(upload("personas.csv", file, importer), importer);

        assertThat(job.get("status").asText()).isEqualTo("FAILED");
        assertThat(job.get("statusLabel").asText()).isEqualTo("Falló");
        assertThat(job.get("message").asText()).startsWith("La carga falló y no se guardó ninguna fila");
        assertThat(job.get("loadedRows").asInt()).isZero();
        assertThat(stored()).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'IMPORT' and entity_id = :id")
                .param("id", String.valueOf(job.get("id").asLong())).query(Long.class).single()).isZero();
    }

    @Test
    void apiAnswers202WithLocationAndTheJobReachesDone() throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "p.csv", "text/csv", "codigo,nombre\nZ1,Zeta\n".getBytes()))
                .param("type", TestPeopleImport.TYPE).param("jurisdiction", jurisdiction.code())
                .with(as(importer)).with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/api/v1/imports/")))
                .andExpect(jsonPath("$.type").value(TestPeopleImport.TYPE))
                .andExpect(jsonPath("$.typeLabel").value("Personas de prueba"))
                .andExpect(jsonPath("$.jurisdiction").value(jurisdiction.code()))
                .andExpect(jsonPath("$.createdBy").value(importer.username()))
                .andReturn();
        long id = json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/imports/" + id);

        JsonNode job = awaitFinished(id, importer);
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("statusLabel").asText()).isEqualTo("Terminada");
        assertThat(job.get("loadedRows").asInt()).isEqualTo(1);
        assertThat(job.get("finishedAt").asText()).isNotBlank();

        mvc.perform(get("/api/v1/imports").param("size", "5").with(as(importer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.size").value(5));
    }

    @Test
    void readOnlyUserMayNotImport() throws Exception {
        CurrentUser reader = user(Role.READ_ONLY, jurisdiction);
        mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "p.csv", "text/csv", "codigo,nombre\nZ1,Zeta\n".getBytes()))
                .param("type", TestPeopleImport.TYPE).with(as(reader)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/imports").with(as(reader))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from import_job where jurisdiction_id = :j").param("j", jurisdiction.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void fieldWorkerMayNotImportEither() throws Exception {
        CurrentUser field = user(Role.FIELD_TEAM, jurisdiction);
        mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "p.csv", "text/csv", "codigo,nombre\nZ1,Zeta\n".getBytes()))
                .param("type", TestPeopleImport.TYPE).with(as(field)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("no permite importar")));
    }

    @Test
    void badRequestsNameTheField() throws Exception {
        mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "p.csv", "text/csv", "codigo,nombre\n".getBytes()))
                .param("type", "planetas").with(as(importer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«planetas» no existe")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(TestPeopleImport.TYPE)));
        mvc.perform(multipart("/api/v1/imports").param("type", TestPeopleImport.TYPE).with(as(importer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Adjunte el archivo a importar."));
        mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "p.csv", "text/csv", new byte[0]))
                .param("type", TestPeopleImport.TYPE).with(as(importer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("está vacío")));
        mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "p.pdf", "application/pdf", "%PDF".getBytes()))
                .param("type", TestPeopleImport.TYPE).with(as(importer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(".csv, .xlsx, .txt")));
        Jurisdiction other = newJurisdiction();
        mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "p.csv", "text/csv", "codigo,nombre\nA,B\n".getBytes()))
                .param("type", TestPeopleImport.TYPE).param("jurisdiction", other.code())
                .with(as(importer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jurisdiction"));
        assertThat(jdbc.sql("select count(*) from import_job where jurisdiction_id in (:j, :o)")
                .param("j", jurisdiction.id()).param("o", other.id()).query(Long.class).single()).isZero();
    }

    @Test
    void anAdministratorOfAllJurisdictionsNamesTheJurisdiction() throws Exception {
        newJurisdiction(); // at least two exist, so there is no obvious default
        CurrentUser admin = new CurrentUser(USER_IDS.incrementAndGet(), "admin-" + USER_IDS.get(), "Admin",
                Role.ADMINISTRATOR, null, null);
        MockMultipartFile file = new MockMultipartFile("file", "p.csv", "text/csv", "codigo,nombre\nA,B\n".getBytes());
        mvc.perform(multipart("/api/v1/imports").file(file).param("type", TestPeopleImport.TYPE)
                .with(as(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jurisdiction"));
        MvcResult accepted = mvc.perform(multipart("/api/v1/imports").file(file).param("type", TestPeopleImport.TYPE)
                .param("jurisdiction", jurisdiction.code()).with(as(admin)).with(csrf()))
                .andExpect(status().isAccepted()).andReturn();
        JsonNode job = awaitFinished(json.readTree(accepted.getResponse().getContentAsString()).get("id").asLong(),
                admin);
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(stored()).containsExactly(Map.of("codigo", "A", "nombre", "B"));
    }

    @Test
    void aFileWithMoreThanTenThousandErrorsKeepsTheFirstTenThousandAndCountsAll() throws Exception {
        StringBuilder csv = new StringBuilder("codigo;nombre;valor\n");
        for (int i = 0; i < 10_001; i++) {
            csv.append('C').append(i).append(";Nombre;malo\n");
        }
        JsonNode job = awaitFinished(upload("muchos.csv", csv.toString().getBytes(StandardCharsets.UTF_8), importer),
                importer);

        assertThat(job.get("status").asText()).isEqualTo("INVALID");
        assertThat(job.get("errorCount").asInt()).isEqualTo(10_001);
        assertThat(job.get("errors").size()).isEqualTo(10_000);
        assertThat(job.get("errors").get(9_999).get("row").asInt()).isEqualTo(10_001);
        assertThat(job.get("message").asText()).contains("10001 errores").contains("se guardan los primeros 10000");
    }

    @Test
    void aJobIsHiddenFromUsersOutsideItsJurisdictionAndFromReaders() throws Exception {
        long id = upload("personas.csv", "codigo;nombre\nA1;Uno\n".getBytes(StandardCharsets.UTF_8), importer);
        awaitFinished(id, importer);

        CurrentUser stranger = user(Role.DISTRICT, newJurisdiction());
        CurrentUser reader = user(Role.READ_ONLY, jurisdiction);
        CurrentUser colleague = user(Role.DISTRICT, jurisdiction);
        CurrentUser admin = new CurrentUser(USER_IDS.incrementAndGet(), "admin-" + USER_IDS.get(), "Admin",
                Role.ADMINISTRATOR, null, null);

        mvc.perform(get("/api/v1/imports/{id}", id).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/{id}/errors.csv", id).with(as(stranger))).andExpect(status().isNotFound());
        // a reader holds no capability to import: refused before anything is looked up
        mvc.perform(get("/api/v1/imports/{id}", id).with(as(reader))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/imports").with(as(stranger))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/imports/{id}", id).with(as(colleague))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/imports/{id}", id).with(as(admin))).andExpect(status().isOk());
    }

    @Test
    void progressIsVisibleWhileLoadingAndThePageStopsPollingWhenDone() throws Exception {
        TestPeopleImport.release = new CountDownLatch(1);
        TestPeopleImport.waiting = new CountDownLatch(1);
        try {
            long id = upload("personas.csv", "codigo;nombre\nA1;Uno\nA2;Dos\nWAIT;Tres\nA4;Cuatro\n"
                    .getBytes(StandardCharsets.UTF_8), importer);
            assertThat(TestPeopleImport.waiting.await(20, TimeUnit.SECONDS)).isTrue();

            mvc.perform(get("/api/v1/imports/{id}", id).with(as(importer)))
                    .andExpect(jsonPath("$.status").value("LOADING"))
                    .andExpect(jsonPath("$.processedRows").value(2))
                    .andExpect(jsonPath("$.totalRows").value(4))
                    .andExpect(jsonPath("$.percent").value(50));
            mvc.perform(get("/imports/{id}/status", id).with(as(importer)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                    .andExpect(content().string(containsString("<progress")))
                    .andExpect(content().string(containsString("2 de 4 filas")));
            assertThat(stored()).as("rows being loaded are not visible outside the transaction").isEmpty();

            TestPeopleImport.release.countDown();
            awaitFinished(id, importer);
            mvc.perform(get("/imports/{id}/status", id).with(as(importer)))
                    .andExpect(content().string(not(containsString("hx-trigger"))))
                    .andExpect(content().string(containsString("Terminada")))
                    .andExpect(content().string(containsString("Se cargaron 4 filas.")));
            assertThat(stored()).hasSize(4);
        } finally {
            TestPeopleImport.release.countDown();
        }
    }

    @Test
    void pagesUploadAFileAndShowItsErrors() throws Exception {
        mvc.perform(get("/imports").param("type", TestPeopleImport.TYPE).with(as(importer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Personas de prueba")))
                .andExpect(content().string(containsString("Código único de la persona")))
                .andExpect(content().string(containsString("/api/v1/imports/types/test-people/template.csv")))
                .andExpect(content().string(containsString("hx-get=\"/imports/columns\"")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(get("/imports/columns").param("type", TestPeopleImport.TYPE).with(as(importer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"type-columns\"")))
                .andExpect(content().string(containsString("<code>valor</code>")))
                .andExpect(content().string(not(containsString("<html"))));

        MvcResult posted = mvc.perform(multipart("/imports")
                .file(new MockMultipartFile("file", "malo.csv", "text/csv",
                        "codigo;nombre;valor\nA1;Uno;x\n".getBytes(StandardCharsets.UTF_8)))
                .param("type", TestPeopleImport.TYPE).with(as(importer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/imports/*"))
                .andReturn();
        long id = Long.parseLong(posted.getResponse().getRedirectedUrl().replace("/imports/", ""));
        awaitFinished(id, importer);

        mvc.perform(get("/imports/{id}", id).with(as(importer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Con errores")))
                .andExpect(content().string(containsString("El valor &#39;x&#39; no es un número.")))
                .andExpect(content().string(containsString("/api/v1/imports/" + id + "/errors.csv")));

        mvc.perform(multipart("/imports").param("type", TestPeopleImport.TYPE).with(as(importer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Adjunte el archivo a importar.")));
    }

    @Test
    void typesAndTemplatesLetClientsBuildFiles() throws Exception {
        mvc.perform(get("/api/v1/imports/types").with(as(importer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.type == 'test-people')].columns[0].name").value("codigo"))
                .andExpect(jsonPath("$[?(@.type == 'test-people')].columns[0].required").value(true))
                .andExpect(jsonPath("$[?(@.type == 'test-people')].columns[2].required").value(false));
        byte[] template = mvc.perform(get("/api/v1/imports/types/test-people/template.csv").with(as(importer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(template, StandardCharsets.UTF_8)).isEqualTo("\uFEFFcodigo;nombre;valor\r\n");
    }

    @Test
    void aJobCutOffByARestartIsMarkedFailed() {
        long id = store.create(jurisdiction.id(), TestPeopleImport.TYPE, "x.csv", new byte[]{1}, importer);
        store.phase(id, ImportStatus.LOADING, 10);

        interrupted.run(null);

        ImportJob job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.message()).isEqualTo(InterruptedImports.MESSAGE);
        assertThat(job.finishedAt()).isNotNull();
    }

    // --- helpers

    private long upload(String filename, byte[] content, CurrentUser user) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .param("type", TestPeopleImport.TYPE).with(as(user)).with(csrf()))
                .andExpect(status().isAccepted()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }

    private JsonNode awaitFinished(long id, CurrentUser user) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            String body = mvc.perform(get("/api/v1/imports/{id}", id).with(as(user)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            JsonNode job = json.readTree(body);
            if (job.get("finished").asBoolean()) {
                return job;
            }
            assertThat(System.nanoTime()).as("import %d still %s", id, job.get("status")).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static List<String> errors(JsonNode job) {
        List<String> list = new java.util.ArrayList<>();
        job.get("errors").forEach(e -> list.add(e.get("row").asInt() + "|"
                + (e.get("column") == null || e.get("column").isNull() ? "" : e.get("column").asText()) + "|"
                + e.get("message").asText()));
        return list;
    }

    private List<Map<String, Object>> stored() {
        return jdbc.sql("select codigo, nombre, valor from test_import_people where jurisdiction_id = :j order by id")
                .param("j", jurisdiction.id()).query().listOfRows().stream()
                .map(r -> {
                    Map<String, Object> m = new java.util.LinkedHashMap<>(r);
                    if (m.get("valor") == null) {
                        m.remove("valor");
                    } else {
                        m.put("valor", ((BigDecimal) m.get("valor")).stripTrailingZeros());
                    }
                    return m;
                }).toList();
    }

    private Jurisdiction newJurisdiction() {
        for (int code = 98000; code < 99000; code++) {
            String c = String.valueOf(code);
            if (jurisdictions.byCode(c).isEmpty()) {
                return jurisdictions
                        .create(new NewJurisdiction(c, "Prueba importaciones " + c, "CO", "America/Bogota"));
            }
        }
        throw new IllegalStateException("no free test jurisdiction code");
    }

    private static CurrentUser user(Role role, Jurisdiction j) {
        long id = USER_IDS.incrementAndGet();
        return new CurrentUser(id, "prueba" + id, "Persona de prueba " + id, role, j.id(), null);
    }

    private static RequestPostProcessor as(CurrentUser user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(TestPrincipals.of(user));
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
