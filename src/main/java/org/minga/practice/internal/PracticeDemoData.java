package org.minga.practice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.territory.TerritoryRecords;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The three seed documents as practices, through the same import and workflow people use: the RedCADE
 * dialogues (Bogotá) evaluated and published, Barrios con Bienestar (Cúcuta) under evaluation with the
 * demo user «evaluador» still to score it, and the San Antonio innovation application as a draft.
 */
@Component
record PracticeDemoData(PracticeJson documents, PracticeService practices, PracticeTransitions transitions,
        EvaluationService evaluations, EvidenceService evidence, LessonService lessons, Jurisdictions jurisdictions,
        JdbcClient jdbc, TerritoryRecords territoryRecords) implements DemoDataset {

    private static final CurrentUser SYSTEM = CurrentUser.demoLoader();

    @Override
    public String name() {
        return "practices-seed-documents";
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public void load() {
        Optional<Jurisdiction> bogota = jurisdictions.byCode("11001");
        Optional<Jurisdiction> cucuta = jurisdictions.byCode("54001");
        Optional<Jurisdiction> sanAntonio = jurisdictions.byCode("05601");
        if (bogota.isEmpty() || cucuta.isEmpty() || sanAntonio.isEmpty()) {
            return;
        }
        Evaluators e = evaluators();
        publishedWithTwoEvaluations(bogota.get().id(), e);
        underEvaluation(cucuta.get().id(), e);
        // Seed 003: a draft.
        GoodPractice pladeco = documents.importDocument(documents.read(text("pladeco-san-antonio.json")), SYSTEM);
        evidence.add(pladeco.id(), null, sanAntonio.get().id(), "indicator", "participacion-talleres",
                "Participación ciudadana en talleres (263 → 1200)", SYSTEM);
    }

    /** The evaluators of the demo, three of them with a user. */
    private record Evaluators(EvaluationService.Evaluator veeduria, EvaluationService.Evaluator dafp,
            EvaluationService.Evaluator gobernacion) {
    }

    private Evaluators evaluators() {
        EvaluationService.Evaluator veeduria = evaluations.createEvaluator(new EvaluationService.NewEvaluator("11001",
                "evaluador", "Evaluación de buenas prácticas", "Veeduría Distrital"), SYSTEM);
        EvaluationService.Evaluator dafp = evaluations.createEvaluator(new EvaluationService.NewEvaluator("11001",
                "laura.mendez", "Laura Méndez Ortiz", "Departamento Administrativo de la Función Pública"), SYSTEM);
        EvaluationService.Evaluator gobernacion = evaluations
                .createEvaluator(new EvaluationService.NewEvaluator("54001",
                        "carlos.rincon", "Carlos Rincón Pabón", "Gobernación de Norte de Santander"), SYSTEM);
        evaluations.createEvaluator(new EvaluationService.NewEvaluator("11001", null, "Ana Sepúlveda Rojas",
                "Secretaría General de la Alcaldía Mayor de Bogotá"), SYSTEM);

        return new Evaluators(veeduria, dafp, gobernacion);
    }

    /** Seed 001 (Bogotá): published with two evaluations, evidence and a lesson. */
    private void publishedWithTwoEvaluations(long bogota, Evaluators e) {
        GoodPractice redcade = documents.importDocument(documents.read(text("dialogos-redcade.json")), SYSTEM);
        redcade = transitions.submit(redcade.id(), redcade.version(), SYSTEM);
        EvaluationService.Assignment a1 = evaluations.assign(redcade.id(), e.veeduria().id(), SYSTEM);
        EvaluationService.Assignment a2 = evaluations.assign(redcade.id(), e.dafp().id(), SYSTEM);
        score(a1, Map.of("creatividad", 4, "aprendizaje", 5, "eficacia", 4, "sostenibilidad", 3),
                "Práctica clara y replicable en otros puntos de atención; conviene medir los compromisos cumplidos "
                        + "después de cada diálogo.");
        score(a2, Map.of("creatividad", 4, "aprendizaje", 4, "eficacia", 3, "sostenibilidad", 3),
                "Buen uso de mapas de empatía y de servicio. La línea base es cualitativa; falta un indicador de "
                        + "acciones de mejora implementadas.");
        GoodPractice evaluated = practices.require(redcade.id());
        GoodPractice published = transitions.publish(evaluated.id(), evaluated.version(), SYSTEM);
        territoryLink(published.id(), bogota, "11", "SuperCADE Suba (localidad de Suba)");
        evidence.add(published.id(), null, bogota, "dialogue", "redcade-2022-06",
                "Primer diálogo ciudadano, junio de 2022 (20 a 30 asistentes en promedio)", SYSTEM);
        territoryRecords.firstRunId(bogota)
                .ifPresent(run -> evidence.add(published.id(), null, bogota, "prioritization-run",
                        String.valueOf(run), null, SYSTEM));
        LessonService.Lesson lesson = lessons.create(new LessonService.NewLesson(null, published.id(),
                "Convocar con el responsable del punto de atención",
                "Los puntos de atención se escogieron por el liderazgo del responsable de punto con la ciudadanía; "
                        + "él convocó por correo y por teléfono a líderes del sector ya identificados.",
                "La convocatoria personal desde el punto de atención asegura asistencia (de 20 a 30 personas por "
                        + "diálogo) y conversaciones sobre el servicio real.",
                "Identificar a los líderes del sector con el responsable de punto antes de cada diálogo y confirmar "
                        + "la asistencia por teléfono.",
                true), SYSTEM);
        evidence.add(null, lesson.id(), bogota, "dialogue", "redcade-2022-06",
                "Diálogo ciudadano SuperCADE", SYSTEM);

    }

    /** Seed 000 (Cúcuta): under evaluation; the demo user «evaluador» still has to declare and score. */
    private void underEvaluation(long cucuta, Evaluators e) {
        GoodPractice barrios = documents.importDocument(documents.read(text("barrios-con-bienestar.json")), SYSTEM);
        barrios = transitions.submit(barrios.id(), barrios.version(), SYSTEM);
        EvaluationService.Assignment b1 = evaluations.assign(barrios.id(), e.gobernacion().id(), SYSTEM);
        evaluations.assign(barrios.id(), e.veeduria().id(), SYSTEM);
        score(b1, Map.of("creatividad", 4, "aprendizaje", 4, "eficacia", 5),
                "La descentralización de la oferta con aliados privados es transferible a otros municipios.");
        territoryLink(barrios.id(), cucuta, "B-C09-01", null);
        // The link to the fairs themselves is added by PracticeFairLinkDemo, after the fair module's demo data.
        lessons.create(new LessonService.NewLesson(null, barrios.id(),
                "Alistar la jornada con los líderes y los aliados",
                "Antes de cada jornada la empresa Veolia embelleció el lugar y apoyó el perifoneo, y se estableció "
                        + "comunicación con los líderes para la logística.",
                "La preparación previa con líderes y aliados explica buena parte de la participación de la población.",
                "Incluir en el cronograma de cada jornada el contacto con los líderes y los compromisos de los aliados.",
                true), SYSTEM);

    }

    private void territoryLink(long practiceId, long jurisdictionId, String code, String label) {
        if (jdbc.sql("select exists(select 1 from territory where jurisdiction_id = :j and code = :c)")
                .param("j", jurisdictionId).param("c", code).query(Boolean.class).single()) {
            evidence.add(practiceId, null, jurisdictionId, "territory", code, label, SYSTEM);
        }
    }

    private void score(EvaluationService.Assignment a, Map<String, Integer> scores, String comment) {
        CurrentUser evaluator = new CurrentUser(0, a.username(), a.evaluatorName(), Role.PRACTICE_EVALUATOR, null,
                null);
        evaluations.declare(a.id(), false, null, evaluator);
        evaluations.score(a.id(), scores, Map.of(), comment, null, evaluator);
    }

    private static String text(String name) {
        try (InputStream in = new ClassPathResource("demo/practices/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Falta el documento de demostración " + name, e);
        }
    }
}
