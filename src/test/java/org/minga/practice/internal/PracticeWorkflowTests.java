package org.minga.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.platform.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The workflow, evaluation, publication, PDF, search and JSON of practices, on the full application. */
@MingaTest
class PracticeWorkflowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PracticeService practices;
    @Autowired
    PracticeTransitions transitions;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    FormatCatalog formats;
    @Autowired
    PracticeJson documents;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    org.minga.platform.UserAccounts accounts;

    static final CurrentUser ADMIN = new CurrentUser(0, "admin", "Admin", Role.ADMINISTRATOR, null, null);

    CurrentUser cucuta() {
        long j = jurisdictions.byCode("54001").orElseThrow().id();
        return new CurrentUser(0, "cucuta", "Cúcuta", Role.LOCAL, j, null);
    }

    /** The seed 000 answers (complete for the first level) under a new entity name, as a fresh draft. */
    GoodPractice barriosDraft(String entity, Map<String, Object> changes) throws IOException {
        PracticeJson.Document seed = documents.read(new String(new ClassPathResource(
                "demo/practices/barrios-con-bienestar.json").getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, Object> answers = new LinkedHashMap<>(seed.answers());
        answers.putAll(changes);
        PracticeFormat f = formats.byCode("funcion-publica-anexo-1", 1).orElseThrow();
        return practices.create(new NewPractice(f.id(), "54001", "Prueba " + entity, entity, "Inclusión social",
                "Oferta social", 2024, null, null, answers), cucuta());
    }

    static String unique() {
        return "Entidad " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSecondLevelPracticeCannotBeSentWithoutTheSecondLevelAnswers() throws IOException {
        Map<String, Object> secondLevel = new LinkedHashMap<>();
        secondLevel.put("nivel", "2");
        GoodPractice p = barriosDraft(unique(), secondLevel);
        assertThat(p.level()).isEqualTo(2);
        assertThatThrownBy(() -> transitions.submit(p.id(), p.version(), cucuta()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("answers.resultados"));
        assertThat(practices.require(p.id()).status()).isEqualTo(PracticeStatus.BORRADOR);

        // the same practice at the first level goes through
        Map<String, Object> firstLevel = new LinkedHashMap<>(p.answers());
        firstLevel.put("nivel", "1");
        GoodPractice saved = practices.save(p.id(), new PracticeForm(p.version(), p.title(), p.entityName(), p.sector(),
                p.process(), p.year(), null, null, firstLevel, false), cucuta());
        assertThat(transitions.submit(p.id(), saved.version(), cucuta()).status()).isEqualTo(PracticeStatus.ENVIADA);
    }

    @Test
    void aResultadosAnswerOf201WordsIsRefused() throws IOException {
        GoodPractice p = barriosDraft(unique(), Map.of("nivel", "2"));
        Map<String, Object> answers = new LinkedHashMap<>(p.answers());
        answers.put("resultados", String.join(" ", java.util.Collections.nCopies(201, "jornada")));
        assertThatThrownBy(() -> practices.save(p.id(), new PracticeForm(p.version(), p.title(), p.entityName(),
                p.sector(), p.process(), p.year(), null, null, answers, true), cucuta()))
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).message())
                                .contains("201 palabras").contains("máximo es 200"));
        assertThat(practices.require(p.id()).answers()).doesNotContainKey("resultados");

        answers.put("resultados", String.join(" ", java.util.Collections.nCopies(200, "jornada")));
        GoodPractice saved = practices.save(p.id(), new PracticeForm(p.version(), p.title(), p.entityName(), p.sector(),
                p.process(), p.year(), null, null, answers, true), cucuta());
        assertThat(transitions.submit(p.id(), saved.version(), cucuta()).status()).isEqualTo(PracticeStatus.ENVIADA);
    }

    @Test
    void theFormPageRefusesA201WordAnswerWithAMessage() throws Exception {
        GoodPractice p = barriosDraft(unique(), Map.of("nivel", "2"));
        mvc.perform(post("/practices/" + p.id()).with(user(users.loadUserByUsername("cucuta"))).with(csrf())
                .param("version", String.valueOf(p.version())).param("title", p.title())
                .param("entityName", p.entityName()).param("year", "2024").param("a.nivel", "2")
                .param("a.resultados", String.join(" ", java.util.Collections.nCopies(201, "x1"))))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("tiene 201 palabras; el máximo es 200")));
    }

    @Test
    void anEvaluatorFromTheAuthoringEntityCannotEvaluateIt() throws IOException {
        String entity = unique();
        GoodPractice p = barriosDraft(entity, Map.of());
        transitions.submit(p.id(), p.version(), cucuta());
        EvaluationService.Evaluator same = evaluations.createEvaluator(new EvaluationService.NewEvaluator("54001", null,
                "Funcionaria de " + entity, entity.toUpperCase()), ADMIN);
        assertThatThrownBy(() -> evaluations.assign(p.id(), same.id(), ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("pertenece a la entidad autora"));
        assertThat(evaluations.assignmentsOf(p.id())).isEmpty();

        EvaluationService.Evaluator other = evaluations.createEvaluator(new EvaluationService.NewEvaluator("54001",
                "eval-" + UUID.randomUUID().toString().substring(0, 6), "Evaluador externo", "Otra " + entity), ADMIN);
        evaluations.assign(p.id(), other.id(), ADMIN);
        assertThat(practices.require(p.id()).status()).isEqualTo(PracticeStatus.EN_EVALUACION);
    }

    @Test
    void anEvaluatorWhoDeclaresAConflictCannotScore() throws IOException {
        GoodPractice p = barriosDraft(unique(), Map.of());
        transitions.submit(p.id(), p.version(), cucuta());
        String username = "eval-" + UUID.randomUUID().toString().substring(0, 6);
        EvaluationService.Evaluator e = evaluations
                .createEvaluator(new EvaluationService.NewEvaluator("11001", username,
                        "Evaluadora", "Veeduría " + username), ADMIN);
        EvaluationService.Assignment a = evaluations.assign(p.id(), e.id(), ADMIN);
        CurrentUser evaluator = new CurrentUser(0, username, "Evaluadora", Role.PRACTICE_EVALUATOR, null, null);
        assertThatThrownBy(() -> evaluations.score(a.id(), Map.of("creatividad", 4), Map.of(), "x", null, evaluator))
                .isInstanceOf(ConflictException.class).hasMessageContaining("conflicto de interés");
        evaluations.declare(a.id(), true, "Trabajé en la Alcaldía de Cúcuta en 2023.", evaluator);
        assertThatThrownBy(() -> evaluations.score(a.id(), Map.of("creatividad", 4, "aprendizaje", 4, "eficacia", 4),
                Map.of(), "x", null, evaluator)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aPracticeWithoutAuthorizationToShareCannotBePublished() throws Exception {
        GoodPractice p = barriosDraft(unique(), Map.of("autoriza", "no"));
        assertThat(p.shareAuthorized()).isFalse();
        transitions.submit(p.id(), p.version(), cucuta());
        String username = "eval-" + UUID.randomUUID().toString().substring(0, 6);
        EvaluationService.Evaluator e = evaluations
                .createEvaluator(new EvaluationService.NewEvaluator("11001", username,
                        "Evaluador", "Entidad externa " + username), ADMIN);
        EvaluationService.Assignment a = evaluations.assign(p.id(), e.id(), ADMIN);
        CurrentUser evaluator = new CurrentUser(0, username, "Evaluador", Role.PRACTICE_EVALUATOR, null, null);
        evaluations.declare(a.id(), false, null, evaluator);
        assertThatThrownBy(() -> evaluations.score(a.id(), Map.of("creatividad", 4), Map.of(), "Bien", null, evaluator))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
                        .extracting(FieldError::field).contains("scores.aprendizaje", "scores.eficacia"));
        evaluations.score(a.id(), Map.of("creatividad", 4, "aprendizaje", 3, "eficacia", 5), Map.of(), "Bien", null,
                evaluator);
        GoodPractice evaluated = practices.require(p.id());
        assertThat(evaluated.status()).isEqualTo(PracticeStatus.EVALUADA);

        mvc.perform(post("/practices/" + p.id() + "/publish").with(user(users.loadUserByUsername("admin"))).with(csrf())
                .param("version", String.valueOf(evaluated.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute(
                        "problems",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("no autorizó difundir"))));
        assertThat(practices.require(p.id()).status()).isEqualTo(PracticeStatus.EVALUADA);
        mvc.perform(get("/bank/" + p.id())).andExpect(status().isNotFound());

        // the mean and spread per criterion
        assertThat(evaluations.summary(evaluated)).extracting(EvaluationService.CriterionSummary::label)
                .containsExactly("Creatividad", "Potencial de aprendizaje", "Eficacia");
        assertThat(evaluations.summary(evaluated).get(2).mean()).isEqualTo(5.0);
    }

    @Test
    void thePdfOfTheSeed000PracticeHasEveryQuestionOfTheFormatInOrder() throws Exception {
        long id = jdbc.sql("select id from practice where title = 'Barrios con Bienestar' order by id limit 1")
                .query(Long.class).single();
        byte[] pdf = mvc.perform(get("/api/v1/practices/" + id + "/pdf").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        FormatDefinition def = formats.byCode("funcion-publica-anexo-1", 1).orElseThrow().definition();
        int at = text.indexOf("FORMATO DE DOCUMENTACIÓN DE BUENAS PRÁCTICAS DE GESTIÓN PÚBLICA");
        assertThat(at).as(text.substring(0, Math.min(1500, text.length()))).isNotNegative();
        List<FormatDefinition.Item> questions = def.questions();
        assertThat(questions).hasSize(42);
        for (FormatDefinition.Item q : questions) {
            int next = text.indexOf(q.label().replaceAll("\\s+", " "), at);
            assertThat(next).as("la pregunta «%s» aparece después de la anterior", q.label()).isGreaterThan(at);
            at = next;
        }
        assertThat(text).contains("[X] Identificación interna").contains("[ ] Identificación por indagación.")
                .contains("[X] Identificación por campañas temáticas.").contains("[X] De primer nivel")
                .contains("[ ] De segundo nivel").contains("Alcaldía de San José de Cúcuta")
                .contains("La última jornada tuvo lugar el 24-5-2024 en el barrio La Laguna");
    }

    @Test
    void searchingDialogosCiudadanosWithoutLoginFindsTheRedCadePractice() throws Exception {
        mvc.perform(get("/bank").param("q", "dialogos ciudadanos"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tú eres parte de la RedCADE")));
        long id = jdbc.sql("select id from practice where title like 'Diálogos Ciudadanos%' order by id limit 1")
                .query(Long.class).single();
        mvc.perform(get("/bank/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Población objetivo:")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Convocar con el responsable del punto")));
        mvc.perform(get("/bank/" + id + "/pdf")).andExpect(status().isOk());
        // drafts and practices under evaluation are not in the public bank
        mvc.perform(get("/bank").param("q", "PLADECO"))
                .andExpect(content().string(org.hamcrest.Matchers
                        .not(org.hamcrest.Matchers.containsString("Actualización participativa"))));
        mvc.perform(get("/bank").param("q", "redcade").param("level", "1").param("year", "2022"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("RedCADE")));
    }

    @Test
    void theDemoHasThePublishedTheEvaluatedAndTheDraftSeeds() {
        Map<String, String> status = new LinkedHashMap<>();
        jdbc.sql("""
                select p.title, p.status from practice p where p.created_by in ('sistema', 'demo') order by p.id""")
                .query((rs, n) -> status.put(rs.getString(1), rs.getString(2))).list();
        assertThat(status).containsEntry("Diálogos Ciudadanos \"Tú eres parte de la RedCADE\"", "PUBLICADA")
                .containsEntry("Barrios con Bienestar", "EN_EVALUACION")
                .containsEntry("Actualización participativa del PLADECO de San Antonio", "BORRADOR");
    }

    @Test
    void theJsonExportImportsAsANewDraftWithTheSameAnswers() throws Exception {
        long id = jdbc.sql(
                "select id from practice where title = 'Actualización participativa del PLADECO de San Antonio' order by id limit 1")
                .query(Long.class).single();
        var admin = user(users.loadUserByUsername("admin"));
        String exported = mvc.perform(get("/api/v1/practices/" + id).with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.format.code").value("innovacion-postulacion"))
                .andExpect(jsonPath("$.answers.indicadores[1].despues").value("1200"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String created = mvc
                .perform(post("/api/v1/practices").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(exported))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("BORRADOR"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        PracticeJson.Document doc = documents.read(created);
        assertThat(doc.id()).isNotEqualTo(id);
        assertThat(doc.answers()).isEqualTo(practices.require(id).answers());
    }

    @Test
    void versionsAreKeptAndAStaleEditIsRefused() throws IOException {
        GoodPractice p = barriosDraft(unique(), Map.of());
        Map<String, Object> changed = new LinkedHashMap<>(p.answers());
        changed.put("periodo", "Durante 2024 se hicieron 12 jornadas.");
        practices.save(p.id(), new PracticeForm(p.version(), p.title(), p.entityName(), p.sector(), p.process(),
                p.year(), null, null, changed, false), cucuta());
        assertThatThrownBy(() -> practices.save(p.id(), new PracticeForm(p.version(), p.title(), p.entityName(),
                p.sector(), p.process(), p.year(), null, null, p.answers(), false), cucuta()))
                        .isInstanceOf(ConflictException.class).hasMessageContaining("Otra persona modificó");
        List<PracticeReadModel.PracticeVersion> versions = practices.versions(p.id());
        assertThat(versions).hasSize(2);
        List<PracticePages.Change> changes = PracticePages.changes(formats.require(p.formatId()).definition(),
                versions.get(1), versions.get(0));
        assertThat(changes).extracting(PracticePages.Change::question)
                .containsExactly("¿Cuál es el periodo en el que se desarrolló de la buena práctica?");
    }

    @Test
    void theApiListsTheFormatsWithTheirQuestions() throws Exception {
        mvc.perform(get("/api/v1/practice-formats").with(user(users.loadUserByUsername("evaluador"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'bogota-4202000-ft-1311')].definition.sections[2].items[0].label")
                        .value("Descripción de la buena práctica"))
                .andExpect(jsonPath(
                        "$[?(@.code == 'innovacion-postulacion')].definition.sections[2].items[0].columns[2].label")
                                .value("Valor Después"));
        mvc.perform(get("/api/v1/lessons").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").isNumber());
    }

    @Test
    void liveFiguresOfALinkedTerritoryAndOfTheFairs() throws Exception {
        long id = jdbc.sql("select id from practice where title = 'Barrios con Bienestar' order by id limit 1")
                .query(Long.class).single();
        mvc.perform(get("/practices/" + id).with(user(users.loadUserByUsername("cucuta"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("La Laguna")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Población")))
                // the fair module now answers for the link to the 2024 fairs with live figures
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Jornadas realizadas")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Personas atendidas (únicas por jornada)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "Las cifras aparecerán cuando el módulo de jornadas esté disponible en Minga."))));
        // the demo evaluator sees the assignment and must declare conflicts first
        mvc.perform(get("/practices/evaluations").with(user(users.loadUserByUsername("evaluador"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Barrios con Bienestar")));
    }

    @Test
    void anEvaluatorWithAnAccountIsToldOfTheAssignment() throws IOException {
        GoodPractice p = barriosDraft(unique(), Map.of());
        transitions.submit(p.id(), p.version(), cucuta());
        String username = "eval-" + UUID.randomUUID().toString().substring(0, 6);
        long account = accounts
                .create(new org.minga.platform.NewUser(username, "Evaluar-con-cuidado-2026", "Evaluadora Avisada",
                        null, Role.PRACTICE_EVALUATOR, jurisdictions.byCode("11001").orElseThrow().id(), null));
        EvaluationService.Evaluator e = evaluations
                .createEvaluator(new EvaluationService.NewEvaluator("11001", username,
                        "Evaluadora Avisada", "Veeduría " + username), ADMIN);
        EvaluationService.Assignment a = evaluations.assign(p.id(), e.id(), ADMIN);
        assertThat(jdbc.sql("select title || ' ' || link from notification where user_id = :u").param("u", account)
                .query(String.class).list())
                        .containsExactly("Le asignaron una buena práctica para evaluar: " + p.title()
                                + " /practices/evaluations/" + a.id());
    }
}
