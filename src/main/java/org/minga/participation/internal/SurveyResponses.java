package org.minga.participation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.minga.participation.internal.SurveyReadModel.SurveyView;
import org.minga.participation.internal.domain.Answers;
import org.minga.participation.internal.domain.Survey;
import org.minga.participation.internal.domain.SurveyQuestion;
import org.minga.participation.internal.domain.SurveyResponse;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.minga.participation.internal.Codes.blankToNull;

/** Takes survey responses (public link, surveyor mode, imports), once per client UUID. */
@Service
@RequiredArgsConstructor
class SurveyResponses {

    /**
     * A response. {@code answers} maps a question key to a string, a number, a list (multiple choice) or a map of row to
     * option (matrix); "Otro" carries its free text under {@code key + "_otro"}. {@code fields} is the same as posted
     * by a form ({@code q.<key>}, {@code q.<key>.<row index>}, {@code q.<key>._otro}); give one of the two.
     */
    record ResponseCommand(UUID uuid, Long territoryId, String groupName, String respondentName,
            String respondentContact, Instant answeredAt, Map<String, Object> answers,
            Map<String, List<String>> fields) {
    }

    record Saved(long id, boolean created) {
    }

    private final SurveyResponseRepository repository;
    private final SurveyRepository surveys;
    private final SurveyReadModel read;
    private final Scopes scopes;
    private final AuditLog audit;

    /** Stores a response once per client UUID: a repeat answers the stored id with {@code created = false}. */
    @Transactional
    Saved submit(long surveyId, ResponseCommand c, String channel, CurrentUser user) {
        SurveyView s = read.view(surveyId);
        if (user != null) {
            scopes.requireWriter(user);
            scopes.requireVisible(s.jurisdictionId(), s.territoryPath(), user, "La encuesta " + surveyId);
        }
        List<FieldError> errors = new ArrayList<>();
        if (c.uuid() == null) {
            errors.add(new FieldError("uuid", "Falta el identificador de la respuesta (uuid)."));
        } else {
            Optional<SurveyResponseRepository.Stored> existing = repository.byClientUuid(c.uuid());
            if (existing.isPresent()) {
                if (existing.get().surveyId() != surveyId) {
                    throw new ValidationException("uuid", "Ese identificador de respuesta ya se usó en otra encuesta.");
                }
                return new Saved(existing.get().id(), false);
            }
        }
        Survey survey = surveys.findById(surveyId).orElseThrow();
        survey.requireOpen();
        SurveyResponse r = response(s, c, channel, user, errors);
        Codes.throwIfAny(errors);
        Optional<Long> id = repository.insertOnce(r);
        if (id.isEmpty()) {
            // a concurrent send of the same UUID won the insert
            return new Saved(repository.byClientUuid(c.uuid()).orElseThrow().id(), false);
        }
        audit.record("CREATE", "SurveyResponse", id.get(), s.jurisdictionId(),
                "Respuesta " + c.uuid() + " a la encuesta " + s.title() + " (" + channel.toLowerCase() + ")", null,
                null);
        return new Saved(id.get(), true);
    }

    private SurveyResponse response(SurveyView s, ResponseCommand c, String channel, CurrentUser user,
            List<FieldError> errors) {
        TerritoryView t = scopes.territory(s.territoryId());
        if (c.territoryId() != null && c.territoryId() != s.territoryId()) {
            TerritoryView chosen = scopes.territories().byId(c.territoryId()).orElse(null);
            if (chosen == null || !chosen.path().startsWith(s.territoryPath())) {
                errors.add(new FieldError("territoryId", "Elija un territorio del alcance de la encuesta."));
            } else {
                t = chosen;
            }
        }
        String group = blankToNull(c.groupName());
        if (group != null && group.length() > 120) {
            errors.add(new FieldError("groupName", "El grupo admite 120 caracteres."));
        }
        String name = blankToNull(c.respondentName());
        String contact = blankToNull(c.respondentContact());
        if (!s.anonymous() && name == null) {
            errors.add(new FieldError("respondentName",
                    "Esta encuesta es identificada: escriba el nombre de quien responde."));
        }
        if ((name != null && name.length() > 200) || (contact != null && contact.length() > 200)) {
            errors.add(new FieldError("respondentName", "El nombre y el contacto admiten 200 caracteres."));
        }
        Map<String, Object> answers = c.answers() != null ? c.answers()
                : fromFields(s.questions(), c.fields() == null ? Map.of() : c.fields());
        List<SurveyResponse.Answer> rows = Answers.check(s.questions(), answers, errors);
        Instant at = c.answeredAt() == null || c.answeredAt().isAfter(Instant.now()) ? Instant.now() : c.answeredAt();
        if (!errors.isEmpty()) {
            return null;
        }
        return new SurveyResponse(s.id(), surveys.versionId(s.id(), s.currentVersion()), s.jurisdictionId(), c.uuid(),
                channel, user == null ? null : user.username(), t.id(), t.path(), group,
                s.anonymous() ? null : name, s.anonymous() ? null : contact, at, rows);
    }

    /** Form fields ({@code q.<key>}, {@code q.<key>.<row index>}, {@code q.<key>._otro}) as structured answers. */
    static Map<String, Object> fromFields(List<SurveyQuestion> questions, Map<String, List<String>> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SurveyQuestion q : questions) {
            String base = "q." + q.key();
            Object value = q.matrix() ? matrix(q, base, fields)
                    : q.multiple() ? fields.getOrDefault(base, List.of()).stream()
                            .filter(v -> v != null && !v.isBlank()).toList()
                            : first(fields.get(base));
            boolean empty = value == null || (value instanceof List<?> l && l.isEmpty())
                    || (value instanceof Map<?, ?> m && m.isEmpty());
            if (!empty) {
                out.put(q.key(), value);
            }
            String other = first(fields.get(base + "._otro"));
            if (other != null) {
                out.put(q.key() + "_otro", other);
            }
        }
        return out;
    }

    private static Map<String, Object> matrix(SurveyQuestion q, String base, Map<String, List<String>> fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < q.rows().size(); i++) {
            String v = first(fields.get(base + "." + i));
            if (v != null) {
                m.put(q.rows().get(i), v);
            }
        }
        return m;
    }

    private static String first(List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    void requirePublicOpen(SurveyView s) {
        if (!s.status().equals("OPEN")) {
            throw new ForbiddenException("La encuesta no está abierta.");
        }
    }
}
