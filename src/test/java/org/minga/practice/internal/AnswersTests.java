package org.minga.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minga.platform.FieldError;

/** The rules a format puts on answers, on a small format built here. */
class AnswersTests {

    static final FormatDefinition DEF;

    static {
        try {
            DEF = new ObjectMapper().readValue(
                    """
                            {"title": "Prueba", "levelQuestion": "nivel",
                             "sections": [{"key": "s", "title": "S", "items": [
                               {"key": "nivel", "type": "choice", "label": "Nivel", "required": true,
                                "options": [{"value": "1", "label": "Primero"}, {"value": "2", "label": "Segundo"}]},
                               {"key": "nombre", "type": "text", "label": "Nombre", "required": true},
                               {"type": "note", "label": "Solo segundo nivel", "levels": [2]},
                               {"key": "resultados", "type": "longtext", "label": "Resultados", "required": true,
                                "levels": [2], "maxWords": 200},
                               {"key": "correo", "type": "email", "label": "Correo"},
                               {"key": "tabla", "type": "table", "label": "Indicadores",
                                "columns": [{"key": "n", "label": "Nombre"}, {"key": "v", "label": "Valor", "type": "number"}]}]}],
                             "criteria": [{"key": "c", "label": "C", "levels": [1, 2]}],
                             "rubric": [{"score": 1, "label": "a", "descriptor": "a"}, {"score": 5, "label": "b", "descriptor": "b"}]}
                            """,
                    FormatDefinition.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String words(int n) {
        return String.join(" ", java.util.Collections.nCopies(n, "palabra"));
    }

    @Test
    void secondLevelQuestionsAreRequiredOnlyWhenSendingASecondLevelPractice() {
        Map<String, Object> answers = new HashMap<>(Map.of("nivel", "2", "nombre", "X"));
        assertThat(Answers.check(DEF, 2, answers, false)).isEmpty();
        List<FieldError> sending = Answers.check(DEF, 2, answers, true);
        assertThat(sending).extracting(FieldError::field).containsExactly("answers.resultados");
        assertThat(sending.get(0).message()).contains("segundo nivel");
        assertThat(Answers.check(DEF, 1, Map.of("nivel", "1", "nombre", "X"), true)).isEmpty();
    }

    @Test
    void wordLimitIsEnforcedEvenInDrafts() {
        assertThat(Answers.check(DEF, 2, Map.of("resultados", words(200)), false)).isEmpty();
        List<FieldError> errors = Answers.check(DEF, 2, Map.of("resultados", words(201)), false);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).contains("201 palabras").contains("máximo es 200");
    }

    @Test
    void formatProblemsNameTheQuestion() {
        List<FieldError> errors = Answers.check(DEF, 1, Map.of("correo", "no-es-correo",
                "tabla", List.of(Map.of("n", "Participación", "v", "mucho"))), false);
        assertThat(errors).extracting(FieldError::message)
                .anySatisfy(m -> assertThat(m).contains("Correo").contains("correo electrónico"))
                .anySatisfy(m -> assertThat(m).contains("fila 1").contains("Valor"));
    }

    @Test
    void levelComesFromTheLevelQuestionAndCleaningDropsUnknownKeys() {
        Map<String, Object> clean = Answers.clean(DEF, Map.of("nivel", "2", "desconocida", "x", "nombre", "  Y  "));
        assertThat(clean).containsOnlyKeys("nivel", "nombre").containsEntry("nombre", "Y");
        assertThat(Answers.level(DEF, clean, 1)).isEqualTo(2);
    }

    @Test
    void aDefinitionWithRepeatedKeysOrUnknownTypesIsRefused() throws Exception {
        FormatDefinition bad = new ObjectMapper().readValue("""
                {"title": "Mala", "sections": [{"key": "s", "items": [
                  {"key": "a", "type": "text", "label": "A"}, {"key": "a", "type": "text", "label": "B"},
                  {"key": "b", "type": "audio", "label": "C"}]}], "criteria": [], "rubric": []}""",
                FormatDefinition.class);
        assertThat(bad.problems()).anySatisfy(p -> assertThat(p).contains("«a» está repetida"))
                .anySatisfy(p -> assertThat(p).contains("«audio»"))
                .anySatisfy(p -> assertThat(p).contains("criterios"));
        assertThat(DEF.problems()).isEmpty();
    }

    @Test
    void wordDiffShowsWhatChanged() {
        List<TextDiff.Segment> diff = TextDiff.diff("se hicieron 9 jornadas", "se hicieron 12 jornadas");
        assertThat(diff).extracting(TextDiff.Segment::kind).containsExactly("same", "del", "ins", "same");
        assertThat(diff.get(1).text()).isEqualTo("9 ");
        assertThat(diff.get(2).text()).isEqualTo("12 ");
    }
}
