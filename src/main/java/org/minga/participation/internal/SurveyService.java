package org.minga.participation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.minga.participation.internal.SurveyReadModel.SurveyView;
import org.minga.participation.internal.domain.Survey;
import org.minga.participation.internal.domain.SurveyQuestion;
import org.minga.participation.internal.domain.SurveyStatus;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.minga.participation.internal.Codes.blankToNull;

/** Designs surveys: their data, their questions in versions, opening and closing; reading is {@link SurveyReadModel}'s. */
@Service
@RequiredArgsConstructor
class SurveyService {

    record SurveyCommand(@Size(max = 60, message = "El código admite 60 caracteres.") String code,
            @NotBlank(message = TITLE) @Size(max = 200, message = TITLE) String title,
            @NotBlank(message = PROCESS) @Size(max = 120, message = PROCESS) String process,
            @Size(max = 2000, message = "La descripción admite 2.000 caracteres.") String description,
            Long territoryId, String territoryCode, Boolean anonymous, List<SurveyQuestion> questions) {

        static final String TITLE = "Indique el título de la encuesta (hasta 200 caracteres).";
        static final String PROCESS = "Indique el proceso al que pertenece la encuesta (hasta 120 caracteres).";
    }

    private final SurveyRepository repository;
    private final SurveyReadModel read;
    private final Scopes scopes;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;

    @Transactional
    SurveyView create(SurveyCommand c, String jurisdictionCode, CurrentUser user) {
        scopes.requireWriter(user);
        List<FieldError> errors = Violations.of(validator, c);
        TerritoryView t = scopes.territory(c.territoryId(), c.territoryCode(), jurisdictionCode, user, "territoryId",
                errors);
        String code = blankToNull(c.code());
        if (code == null) {
            code = "enc-" + Long.toString(System.nanoTime(), 36);
        } else if (t != null && code.length() <= 60 && repository.existsByJurisdictionIdAndCode(t.jurisdictionId(),
                code)) {
            errors.add(new FieldError("code", "Ya existe una encuesta con el código " + code + "."));
        }
        List<SurveyQuestion> questions = checkQuestions(c.questions() == null ? List.of() : c.questions(), errors);
        Codes.throwIfAny(errors);
        Survey s = repository.save(Survey.design(t.jurisdictionId(), code,
                new Survey.Design(c.title().strip(), c.process().strip(), blankToNull(c.description()), t.id(),
                        t.path(), c.anonymous() == null || c.anonymous()),
                PublicTokens.next(), user.username()));
        long id = s.id().value();
        repository.addVersion(id, 1, write(questions));
        SurveyView v = read.view(id);
        audit.record("CREATE", "Survey", id, v.jurisdictionId(), "Encuesta " + v.title(), null, v);
        return v;
    }

    /** Replaces the questions: in place while the current version has no responses, otherwise as a new version. */
    @Transactional
    SurveyView setQuestions(long id, List<SurveyQuestion> questions, Integer version, CurrentUser user) {
        scopes.requireWriter(user);
        SurveyView before = read.get(id, user);
        List<FieldError> errors = new ArrayList<>();
        List<SurveyQuestion> checked = checkQuestions(questions == null ? List.of() : questions, errors);
        if (version == null) {
            errors.add(new FieldError("version", "Envíe la versión que leyó."));
        }
        Codes.throwIfAny(errors);
        Survey s = repository.findById(id).orElseThrow();
        s.questionsChanged(version);
        repository.save(s);
        if (!repository.replaceUnanswered(id, before.currentVersion(), write(checked))) {
            repository.addVersion(id, before.currentVersion() + 1, write(checked));
        }
        SurveyView after = read.view(id);
        audit.record("UPDATE", "Survey", id, after.jurisdictionId(),
                "Preguntas de la encuesta " + after.title() + " (versión " + after.currentVersion() + ")", before,
                after);
        return after;
    }

    @Transactional
    SurveyView setStatus(long id, String status, CurrentUser user) {
        scopes.requireWriter(user);
        SurveyView before = read.get(id, user);
        SurveyStatus next = SurveyStatus.valueOf(List.of("DRAFT", "OPEN", "CLOSED").stream()
                .filter(x -> x.equals(status == null ? "" : status.strip().toUpperCase())).findFirst()
                .orElseThrow(() -> new ValidationException("status",
                        "El estado de la encuesta debe ser DRAFT (borrador), OPEN (abierta) o CLOSED (cerrada).")));
        Survey s = repository.findById(id).orElseThrow();
        s.moveTo(next, !before.questions().isEmpty());
        repository.save(s);
        SurveyView after = read.view(id);
        audit.record("STATUS", "Survey", id, after.jurisdictionId(), "Encuesta " + after.title() + ": " + next,
                before, after);
        return after;
    }

    /** The questions cleaned (keys given, options trimmed); what is wrong goes to {@code errors}. */
    static List<SurveyQuestion> checkQuestions(List<SurveyQuestion> questions, List<FieldError> errors) {
        List<SurveyQuestion> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            out.add(checkQuestion(questions.get(i), i, keys, errors));
        }
        if (out.size() > 200) {
            errors.add(new FieldError("questions", "Una encuesta admite hasta 200 preguntas."));
        }
        return out;
    }

    private static SurveyQuestion checkQuestion(SurveyQuestion q, int i, Set<String> keys, List<FieldError> errors) {
        String f = "questions[" + i + "]";
        String key = blankToNull(q.key()) == null ? "p" + (i + 1) : q.key().strip();
        if (!key.matches("^[A-Za-z][A-Za-z0-9_]{0,29}$")) {
            errors.add(new FieldError(f + ".key", "La clave de la pregunta " + (i + 1)
                    + " debe empezar por una letra y tener solo letras, dígitos o _ (hasta 30)."));
        } else if (!keys.add(key)) {
            errors.add(new FieldError(f + ".key", "La clave «" + key + "» está repetida."));
        }
        String type = q.type() == null ? "" : q.type().strip().toUpperCase();
        if (!SurveyQuestion.TYPES.contains(type)) {
            errors.add(new FieldError(f + ".type", "El tipo de la pregunta " + (i + 1) + " debe ser "
                    + String.join(", ", SurveyQuestion.TYPES) + "."));
        }
        if (blankToNull(q.text()) == null || q.text().length() > 500) {
            errors.add(new FieldError(f + ".text",
                    "Escriba el enunciado de la pregunta " + (i + 1) + " (hasta 500 caracteres)."));
        }
        List<String> options = q.options().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        List<String> rows = q.rows().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if ((type.equals("SINGLE") || type.equals("MULTIPLE")) && options.size() < 2) {
            errors.add(new FieldError(f + ".options",
                    "La pregunta " + (i + 1) + " de selección necesita al menos dos opciones."));
        }
        if (options.stream().anyMatch(o -> o.equalsIgnoreCase(SurveyQuestion.OTHER) || o.length() > 200)) {
            errors.add(new FieldError(f + ".options", "En la pregunta " + (i + 1)
                    + " use «Permitir otro» en vez de una opción «Otro»; cada opción admite 200 caracteres."));
        }
        if (type.equals("MATRIX") && (rows.isEmpty() || options.size() < 2)) {
            errors.add(new FieldError(f + ".rows", "La matriz de la pregunta " + (i + 1)
                    + " necesita filas y al menos dos opciones de respuesta."));
        }
        return new SurveyQuestion(key, type, q.text() == null ? null : q.text().strip(), options, q.allowOther(),
                type.equals("MATRIX") ? rows : List.of(), q.required());
    }

    private String write(List<SurveyQuestion> questions) {
        try {
            return json.writeValueAsString(questions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
