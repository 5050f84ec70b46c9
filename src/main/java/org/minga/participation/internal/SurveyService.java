package org.minga.participation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.minga.participation.internal.Codes.blankToNull;

/** Surveys: design with versions, responses (public link, surveyor mode, once per client UUID), analysis and exports. */
@Service
class SurveyService {

    record SurveyCommand(String code, String title, String process, String description, Long territoryId,
            String territoryCode, Boolean anonymous, List<SurveyQuestion> questions) {
    }

    record SurveyView(long id, long jurisdictionId, String code, String title, String process, String description,
            long territoryId, String territoryName, String territoryPath, boolean anonymous, String status,
            String publicToken, int currentVersion, List<SurveyQuestion> questions, long responses, int version) {
    }

    /**
     * A response. {@code answers} maps a question key to a string, a number, a list (multiple choice) or a map of row to
     * option (matrix); "Otro" carries its free text under {@code key + "_otro"}. {@code fields} is the same as posted
     * by a form ({@code q.<key>}, {@code q.<key>.<row index>}, {@code q.<key>._otro}); give one of the two.
     */
    record ResponseCommand(UUID uuid, Long territoryId, String groupName, String respondentName,
            String respondentContact,
            Instant answeredAt, Map<String, Object> answers, Map<String, List<String>> fields) {
    }

    record Saved(long id, boolean created) {
    }

    record Frequency(String item, String value, long count, int percent) {
    }

    record QuestionAnalysis(SurveyQuestion question, long answered, List<Frequency> frequencies, BigDecimal average,
            List<String> lastTexts) {
    }

    record CrossTab(SurveyQuestion question, List<String> columns, List<CrossRow> rows) {
    }

    record CrossRow(String value, List<Long> counts, long total) {
    }

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final AuditLog audit;
    private final ObjectMapper json;

    SurveyService(JdbcClient jdbc, Scopes scopes, AuditLog audit, ObjectMapper json) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    SurveyView create(SurveyCommand c, String jurisdictionCode, CurrentUser user) {
        scopes.requireWriter(user);
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = scopes.territory(c.territoryId(), c.territoryCode(), jurisdictionCode, user, "territoryId",
                errors);
        if (blankToNull(c.title()) == null || c.title().length() > 200) {
            errors.add(new FieldError("title", "Indique el título de la encuesta (hasta 200 caracteres)."));
        }
        if (blankToNull(c.process()) == null || c.process().length() > 120) {
            errors.add(new FieldError("process",
                    "Indique el proceso al que pertenece la encuesta (hasta 120 caracteres)."));
        }
        if (c.description() != null && c.description().length() > 2000) {
            errors.add(new FieldError("description", "La descripción admite 2.000 caracteres."));
        }
        String code = blankToNull(c.code());
        if (code == null) {
            code = "enc-" + Long.toString(System.nanoTime(), 36);
        } else if (code.length() > 60) {
            errors.add(new FieldError("code", "El código admite 60 caracteres."));
        } else if (t != null && jdbc.sql("select count(*) from survey where jurisdiction_id = :j and code = :c")
                .param("j", t.jurisdictionId()).param("c", code).query(Long.class).single() > 0) {
            errors.add(new FieldError("code", "Ya existe una encuesta con el código " + code + "."));
        }
        List<SurveyQuestion> questions = checkQuestions(c.questions() == null ? List.of() : c.questions(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into survey (jurisdiction_id, code, title, process, description, territory_id, territory_path,
                  anonymous, public_token, created_by)
                values (:j, :c, :t, :p, :d, :ter, :path, :a, :tok, :u) returning id""")
                .param("j", t.jurisdictionId()).param("c", code).param("t", c.title().strip())
                .param("p", c.process().strip())
                .param("d", blankToNull(c.description())).param("ter", t.id()).param("path", t.path())
                .param("a", c.anonymous() == null || c.anonymous()).param("tok", SpaceService.token())
                .param("u", user.username())
                .query(Long.class).single();
        jdbc.sql("insert into survey_version (survey_id, number, questions) values (:s, 1, cast(:q as jsonb))")
                .param("s", id).param("q", write(questions)).update();
        SurveyView v = view(id);
        audit.record("CREATE", "Survey", id, v.jurisdictionId(), "Encuesta " + v.title(), null, v);
        return v;
    }

    /** Replaces the questions: in place while the current version has no responses, otherwise as a new version. */
    @Transactional
    SurveyView setQuestions(long id, List<SurveyQuestion> questions, Integer version, CurrentUser user) {
        scopes.requireWriter(user);
        SurveyView before = get(id, user);
        List<FieldError> errors = new ArrayList<>();
        List<SurveyQuestion> checked = checkQuestions(questions == null ? List.of() : questions, errors);
        if (version == null) {
            errors.add(new FieldError("version", "Envíe la versión que leyó."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (jdbc.sql("update survey set version = version + 1 where id = :id and version = :v").param("id", id)
                .param("v", version).update() == 0) {
            throw new ConflictException(
                    "La encuesta cambió mientras la editaba (versión " + version + "): recargue la página.");
        }
        long currentVersionId = versionId(id, before.currentVersion());
        boolean answered = jdbc.sql("select count(*) from survey_response where survey_version_id = :v")
                .param("v", currentVersionId)
                .query(Long.class).single() > 0;
        if (answered) {
            jdbc.sql("insert into survey_version (survey_id, number, questions) values (:s, :n, cast(:q as jsonb))")
                    .param("s", id).param("n", before.currentVersion() + 1).param("q", write(checked)).update();
        } else {
            jdbc.sql("update survey_version set questions = cast(:q as jsonb) where id = :v").param("q", write(checked))
                    .param("v", currentVersionId).update();
        }
        SurveyView after = view(id);
        audit.record("UPDATE", "Survey", id, after.jurisdictionId(),
                "Preguntas de la encuesta " + after.title() + " (versión "
                        + after.currentVersion() + ")",
                before, after);
        return after;
    }

    @Transactional
    SurveyView setStatus(long id, String status, CurrentUser user) {
        scopes.requireWriter(user);
        SurveyView before = get(id, user);
        String s = status == null ? "" : status.strip().toUpperCase();
        if (!List.of("DRAFT", "OPEN", "CLOSED").contains(s)) {
            throw new ValidationException("status",
                    "El estado de la encuesta debe ser DRAFT (borrador), OPEN (abierta) o CLOSED (cerrada).");
        }
        if (s.equals("OPEN") && before.questions().isEmpty()) {
            throw new ValidationException("status",
                    "La encuesta no tiene preguntas: agregue al menos una antes de abrirla.");
        }
        jdbc.sql("update survey set status = :s, version = version + 1 where id = :id").param("s", s).param("id", id)
                .update();
        SurveyView after = view(id);
        audit.record("STATUS", "Survey", id, after.jurisdictionId(), "Encuesta " + after.title() + ": " + s, before,
                after);
        return after;
    }

    List<SurveyQuestion> checkQuestions(List<SurveyQuestion> questions, List<FieldError> errors) {
        List<SurveyQuestion> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            SurveyQuestion q = questions.get(i);
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
            List<String> options = q.options().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                    .toList();
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
            out.add(new SurveyQuestion(key, type, q.text() == null ? null : q.text().strip(), options, q.allowOther(),
                    type.equals("MATRIX") ? rows : List.of(), q.required()));
        }
        if (out.size() > 200) {
            errors.add(new FieldError("questions", "Una encuesta admite hasta 200 preguntas."));
        }
        return out;
    }

    // ---- reading ----

    SurveyView get(long id, CurrentUser user) {
        SurveyView v = view(id);
        scopes.requireVisible(v.jurisdictionId(), v.territoryPath(), user, "La encuesta " + id);
        return v;
    }

    SurveyView view(long id) {
        return jdbc.sql("""
                select s.*, t.name as territory_name,
                  (select max(number) from survey_version v where v.survey_id = s.id) as current_version,
                  (select count(*) from survey_response r where r.survey_id = s.id) as responses
                from survey s join territory t on t.id = s.territory_id where s.id = :id""")
                .param("id", id).query(this::row).optional().map(this::withQuestions)
                .orElseThrow(() -> new NotFoundException("La encuesta " + id + " no existe."));
    }

    /** The questions of the survey's current version, read once the survey's row is closed. */
    private SurveyView withQuestions(SurveyView v) {
        return new SurveyView(v.id(), v.jurisdictionId(), v.code(), v.title(), v.process(), v.description(),
                v.territoryId(),
                v.territoryName(), v.territoryPath(), v.anonymous(), v.status(), v.publicToken(), v.currentVersion(),
                questions(v.id(), v.currentVersion()), v.responses(), v.version());
    }

    private SurveyView row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        int current = rs.getInt("current_version");
        return new SurveyView(id, rs.getLong("jurisdiction_id"), rs.getString("code"), rs.getString("title"),
                rs.getString("process"), rs.getString("description"), rs.getLong("territory_id"),
                rs.getString("territory_name"),
                rs.getString("territory_path"), rs.getBoolean("anonymous"), rs.getString("status"),
                rs.getString("public_token"),
                current, List.of(), rs.getLong("responses"), rs.getInt("version"));
    }

    List<SurveyQuestion> questions(long surveyId, int number) {
        String q = jdbc.sql("select questions::text from survey_version where survey_id = :s and number = :n")
                .param("s", surveyId).param("n", number).query(String.class).optional().orElse("[]");
        try {
            return json.readValue(q, new TypeReference<List<SurveyQuestion>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long versionId(long surveyId, int number) {
        return jdbc.sql("select id from survey_version where survey_id = :s and number = :n").param("s", surveyId)
                .param("n", number).query(Long.class).single();
    }

    PageResult<SurveyView> list(String process, CurrentUser user, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder w = new StringBuilder(scopes.where("s", user, params));
        if (blankToNull(process) != null) {
            w.append(" and s.process = :p");
            params.put("p", process.strip());
        }
        long total = jdbc.sql("select count(*) from survey s" + w).params(params).query(Long.class).single();
        List<SurveyView> items = jdbc
                .sql("""
                        select s.*, t.name as territory_name,
                          (select max(number) from survey_version v where v.survey_id = s.id) as current_version,
                          (select count(*) from survey_response r where r.survey_id = s.id) as responses
                        from survey s join territory t on t.id = s.territory_id""" + w
                        + " order by s.created_at desc, s.id desc limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(this::row).list()
                .stream().map(this::withQuestions).toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    Optional<SurveyView> byToken(String token) {
        if (token == null || !token.matches("^[A-Za-z0-9_-]{20,40}$")) {
            return Optional.empty();
        }
        return jdbc.sql("select id from survey where public_token = :t").param("t", token).query(Long.class).optional()
                .map(this::view);
    }

    /** The territories a respondent may choose: the survey's territory and its children. */
    List<Map<String, Object>> areas(SurveyView s) {
        return jdbc.sql(
                "select id, name from territory where id = :t or parent_id = :t order by (id = :t) desc, name limit 500")
                .param("t", s.territoryId()).query().listOfRows();
    }

    // ---- responses ----

    /** Stores a response once per client UUID: a repeat answers the stored id with {@code created = false}. */
    @Transactional
    Saved submit(long surveyId, ResponseCommand c, String channel, CurrentUser user) {
        SurveyView s = view(surveyId);
        if (user != null) {
            scopes.requireWriter(user);
            scopes.requireVisible(s.jurisdictionId(), s.territoryPath(), user, "La encuesta " + surveyId);
        }
        List<FieldError> errors = new ArrayList<>();
        if (c.uuid() == null) {
            errors.add(new FieldError("uuid", "Falta el identificador de la respuesta (uuid)."));
        } else {
            Optional<Map<String, Object>> existing = jdbc
                    .sql("select id, survey_id from survey_response where client_uuid = :u")
                    .param("u", c.uuid()).query().listOfRows().stream().findFirst();
            if (existing.isPresent()) {
                if (((Number) existing.get().get("survey_id")).longValue() != surveyId) {
                    throw new ValidationException("uuid", "Ese identificador de respuesta ya se usó en otra encuesta.");
                }
                return new Saved(((Number) existing.get().get("id")).longValue(), false);
            }
        }
        if (!s.status().equals("OPEN")) {
            throw new ValidationException("survey", "La encuesta «" + s.title() + "» no está abierta a respuestas.");
        }
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
        List<String[]> rows = answerRows(s.questions(), answers, errors);
        Instant at = c.answeredAt() == null || c.answeredAt().isAfter(Instant.now()) ? Instant.now() : c.answeredAt();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Long id = jdbc
                .sql("""
                        insert into survey_response (survey_id, survey_version_id, jurisdiction_id, client_uuid, channel, surveyor,
                          territory_id, territory_path, group_name, respondent_name, respondent_contact, answered_at)
                        values (:s, :v, :j, :u, :c, :by, :t, :p, :g, :n, :ct, :at)
                        on conflict (client_uuid) do nothing returning id""")
                .param("s", surveyId).param("v", versionId(surveyId, s.currentVersion())).param("j", s.jurisdictionId())
                .param("u", c.uuid()).param("c", channel).param("by", user == null ? null : user.username())
                .param("t", t.id()).param("p", t.path()).param("g", group).param("n", s.anonymous() ? null : name)
                .param("ct", s.anonymous() ? null : contact).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            // a concurrent send of the same UUID won the insert
            return new Saved(jdbc.sql("select id from survey_response where client_uuid = :u").param("u", c.uuid())
                    .query(Long.class).single(), false);
        }
        for (String[] r : rows) {
            jdbc.sql("insert into survey_answer (response_id, question_key, item, value) values (:r, :q, :i, :v)")
                    .param("r", id).param("q", r[0]).param("i", r[1]).param("v", r[2]).update();
        }
        audit.record("CREATE", "SurveyResponse", id, s.jurisdictionId(),
                "Respuesta " + c.uuid() + " a la encuesta " + s.title()
                        + " (" + channel.toLowerCase() + ")",
                null, null);
        return new Saved(id, true);
    }

    /** Form fields ({@code q.<key>}, {@code q.<key>.<row index>}, {@code q.<key>._otro}) as structured answers. */
    static Map<String, Object> fromFields(List<SurveyQuestion> questions, Map<String, List<String>> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SurveyQuestion q : questions) {
            String base = "q." + q.key();
            if (q.matrix()) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < q.rows().size(); i++) {
                    String v = first(fields.get(base + "." + i));
                    if (v != null) {
                        m.put(q.rows().get(i), v);
                    }
                }
                if (!m.isEmpty()) {
                    out.put(q.key(), m);
                }
            } else if (q.multiple()) {
                List<String> vs = fields.getOrDefault(base, List.of()).stream().filter(v -> v != null && !v.isBlank())
                        .toList();
                if (!vs.isEmpty()) {
                    out.put(q.key(), vs);
                }
            } else {
                String v = first(fields.get(base));
                if (v != null) {
                    out.put(q.key(), v);
                }
            }
            String other = first(fields.get(base + "._otro"));
            if (other != null) {
                out.put(q.key() + "_otro", other);
            }
        }
        return out;
    }

    private static String first(List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    /** Validates answers against the questions and returns the rows to store: {question key, item, value}. */
    static List<String[]> answerRows(List<SurveyQuestion> questions, Map<String, Object> answers,
            List<FieldError> errors) {
        List<String[]> rows = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (SurveyQuestion q : questions) {
            known.add(q.key());
            known.add(q.key() + "_otro");
            String f = "answers." + q.key();
            Object a = answers.get(q.key());
            String label = "«" + q.text() + "»";
            if (a == null || (a instanceof String str && str.isBlank()) || (a instanceof List<?> l && l.isEmpty())) {
                if (q.required()) {
                    errors.add(new FieldError(f, "La pregunta " + label + " es obligatoria."));
                }
                continue;
            }
            boolean otherChosen = false;
            switch (q.type()) {
                case "TEXT" -> {
                    String v = String.valueOf(a).strip();
                    if (v.length() > 2000) {
                        errors.add(new FieldError(f, "La respuesta a " + label + " admite 2.000 caracteres."));
                    } else {
                        rows.add(new String[]{q.key(), "", v});
                    }
                }
                case "NUMBER" -> {
                    String v = String.valueOf(a).strip().replace(',', '.');
                    try {
                        rows.add(new String[]{q.key(), "", new BigDecimal(v).stripTrailingZeros().toPlainString()});
                    } catch (NumberFormatException e) {
                        errors.add(new FieldError(f,
                                "La respuesta a " + label + " debe ser un número (recibido: '" + a + "')."));
                    }
                }
                case "SINGLE", "LIKERT" -> {
                    String v = String.valueOf(a).strip();
                    if (!q.choices().contains(v)) {
                        errors.add(new FieldError(f, "«" + v + "» no es una opción de " + label + "."));
                    } else {
                        rows.add(new String[]{q.key(), "", v});
                        otherChosen = v.equals(SurveyQuestion.OTHER) && q.other();
                    }
                }
                case "MULTIPLE" -> {
                    List<?> list = a instanceof List<?> l ? l : List.of(a);
                    Set<String> seen = new HashSet<>();
                    for (Object o : list) {
                        String v = String.valueOf(o).strip();
                        if (!q.choices().contains(v)) {
                            errors.add(new FieldError(f, "«" + v + "» no es una opción de " + label + "."));
                        } else if (seen.add(v)) {
                            rows.add(new String[]{q.key(), "", v});
                            otherChosen |= v.equals(SurveyQuestion.OTHER) && q.other();
                        }
                    }
                }
                case "MATRIX" -> {
                    if (!(a instanceof Map<?, ?> m)) {
                        errors.add(new FieldError(f, "La respuesta a " + label + " es una fila por opción."));
                    } else {
                        for (Map.Entry<?, ?> e : m.entrySet()) {
                            String row = String.valueOf(e.getKey());
                            String v = String.valueOf(e.getValue()).strip();
                            if (!q.rows().contains(row)) {
                                errors.add(new FieldError(f, "«" + row + "» no es una fila de " + label + "."));
                            } else if (!q.options().contains(v)) {
                                errors.add(new FieldError(f, "«" + v + "» no es una opción de " + label + "."));
                            } else {
                                rows.add(new String[]{q.key(), row, v});
                            }
                        }
                        if (q.required() && m.size() < q.rows().size()) {
                            errors.add(new FieldError(f, "Responda todas las filas de " + label + "."));
                        }
                    }
                }
                default -> errors.add(new FieldError(f, "Tipo de pregunta desconocido."));
            }
            Object other = answers.get(q.key() + "_otro");
            String otherText = other == null ? null : String.valueOf(other).strip();
            if (otherChosen) {
                if (otherText == null || otherText.isEmpty()) {
                    errors.add(new FieldError(f + "_otro", "Eligió «Otro» en " + label + ": escriba cuál."));
                } else if (otherText.length() > 500) {
                    errors.add(new FieldError(f + "_otro", "El texto de «Otro» admite 500 caracteres."));
                } else {
                    rows.add(new String[]{q.key(), "_otro", otherText});
                }
            }
        }
        for (String k : answers.keySet()) {
            if (!known.contains(k)) {
                errors.add(new FieldError("answers." + k, "La encuesta no tiene la pregunta «" + k + "»."));
            }
        }
        return rows;
    }

    // ---- analysis ----

    List<QuestionAnalysis> analysis(long surveyId, CurrentUser user) {
        SurveyView s = get(surveyId, user);
        Map<String, Object> params = new LinkedHashMap<>();
        String w = scopes.where("r", user, params) + " and r.survey_id = :s";
        params.put("s", surveyId);
        List<QuestionAnalysis> out = new ArrayList<>();
        for (SurveyQuestion q : allQuestions(s)) {
            Map<String, Object> p = new LinkedHashMap<>(params);
            p.put("q", q.key());
            long answered = jdbc.sql(
                    "select count(distinct r.id) from survey_answer a join survey_response r on r.id = a.response_id"
                            + w + " and a.question_key = :q")
                    .params(p).query(Long.class).single();
            List<Frequency> freq = List.of();
            BigDecimal avg = null;
            List<String> texts = List.of();
            if (q.choice() || q.matrix()) {
                freq = jdbc.sql(
                        "select a.item, a.value, count(*) from survey_answer a join survey_response r on r.id = a.response_id"
                                + w + " and a.question_key = :q and a.item <> '_otro' group by 1, 2")
                        .params(p).query((rs, n) -> new Frequency(rs.getString(1), rs.getString(2), rs.getLong(3),
                                answered == 0 ? 0 : (int) Math.round(100.0 * rs.getLong(3) / answered)))
                        .list();
                List<String> order = q.matrix() ? q.options() : q.choices();
                freq = new ArrayList<>(freq);
                freq.sort((x, y) -> {
                    int c = q.matrix() ? Integer.compare(q.rows().indexOf(x.item()), q.rows().indexOf(y.item())) : 0;
                    return c != 0 ? c : Integer.compare(order.indexOf(x.value()), order.indexOf(y.value()));
                });
            }
            if (q.type().equals("NUMBER") && answered > 0) {
                avg = jdbc.sql(
                        "select round(avg(a.value::numeric), 2) from survey_answer a join survey_response r on r.id = a.response_id"
                                + w + " and a.question_key = :q")
                        .params(p).query((rs, n) -> rs.getBigDecimal(1)).single();
            }
            if (q.type().equals("TEXT") || q.other()) {
                texts = jdbc.sql("select a.value from survey_answer a join survey_response r on r.id = a.response_id"
                        + w
                        + " and a.question_key = :q and (a.item = '_otro' or :text) order by r.id desc limit 10")
                        .params(p).param("text", q.type().equals("TEXT")).query(String.class).list();
            }
            out.add(new QuestionAnalysis(q, answered, freq, avg, texts));
        }
        return out;
    }

    /** Cross-tab of a choice question by the respondents' territory (at {@code level}, or as recorded) or by group. */
    CrossTab crossTab(long surveyId, String questionKey, String by, String level, CurrentUser user) {
        SurveyView s = get(surveyId, user);
        SurveyQuestion q = allQuestions(s).stream().filter(x -> x.key().equals(questionKey)).findFirst()
                .orElseThrow(() -> new ValidationException("question",
                        "La encuesta no tiene la pregunta «" + questionKey + "»."));
        if (!q.choice()) {
            throw new ValidationException("question", "El cruce se hace con una pregunta de selección o Likert.");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String w = scopes.where("r", user, params) + " and r.survey_id = :s and a.question_key = :q and a.item = ''";
        params.put("s", surveyId);
        params.put("q", q.key());
        String grp;
        String join = "";
        if ("group".equalsIgnoreCase(by)) {
            grp = "coalesce(r.group_name, '(sin grupo)')";
        } else if (blankToNull(level) != null) {
            join = " left join lateral (select g.name from territory g join territory_level l on l.id = g.level_id"
                    + " where l.code = :level and g.jurisdiction_id = r.jurisdiction_id and r.territory_path like g.path || '%' limit 1) g on true";
            params.put("level", level.strip());
            grp = "coalesce(g.name, '(otro nivel)')";
        } else {
            join = " join territory g on g.id = r.territory_id";
            grp = "g.name";
        }
        List<Object[]> cells = jdbc
                .sql("select a.value, " + grp
                        + ", count(*) from survey_answer a join survey_response r on r.id = a.response_id"
                        + join + w + " group by 1, 2 limit 5000")
                .params(params)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getLong(3)}).list();
        List<String> columns = cells.stream().map(c -> (String) c[1]).distinct().sorted().toList();
        List<CrossRow> rows = new ArrayList<>();
        for (String value : q.choices()) {
            List<Long> counts = new ArrayList<>();
            long total = 0;
            for (String col : columns) {
                long n = cells.stream().filter(c -> c[0].equals(value) && c[1].equals(col)).mapToLong(c -> (Long) c[2])
                        .sum();
                counts.add(n);
                total += n;
            }
            rows.add(new CrossRow(value, counts, total));
        }
        return new CrossTab(q, columns, rows);
    }

    /** The questions of every version, the current ones first, so older answers still have their columns. */
    List<SurveyQuestion> allQuestions(SurveyView s) {
        Map<String, SurveyQuestion> all = new LinkedHashMap<>();
        for (int n = s.currentVersion(); n >= 1; n--) {
            for (SurveyQuestion q : n == s.currentVersion() ? s.questions() : questions(s.id(), n)) {
                all.putIfAbsent(q.key(), q);
            }
        }
        return List.copyOf(all.values());
    }

    // ---- export ----

    record Table(List<String> header, List<List<String>> rows) {
    }

    /**
     * The responses as a table: one row per response; a multiple choice gives one column per option (1 or 0) plus the
     * free text of "Otro"; a matrix one column per row.
     */
    Table table(long surveyId, CurrentUser user) {
        SurveyView s = get(surveyId, user);
        List<SurveyQuestion> questions = allQuestions(s);
        java.time.ZoneId zone = scopes.jurisdiction(s.jurisdictionId()).zoneId();
        List<String> header = new ArrayList<>(
                List.of("respuesta", "uuid", "fecha (" + org.minga.platform.Times.zoneName(zone) + ")",
                        "canal", "encuestador", "territorio", "grupo", "version"));
        if (!s.anonymous()) {
            header.add("nombre");
            header.add("contacto");
        }
        List<String[]> columns = new ArrayList<>(); // {question key, item or option, kind}
        for (SurveyQuestion q : questions) {
            if (q.multiple()) {
                for (String o : q.choices()) {
                    header.add(q.key() + ": " + o);
                    columns.add(new String[]{q.key(), o, "option"});
                }
            } else if (q.matrix()) {
                for (String r : q.rows()) {
                    header.add(q.key() + ": " + r);
                    columns.add(new String[]{q.key(), r, "row"});
                }
            } else {
                header.add(q.key() + ". " + q.text());
                columns.add(new String[]{q.key(), "", "value"});
            }
            if (q.other()) {
                header.add(q.key() + ": otro (texto)");
                columns.add(new String[]{q.key(), "_otro", "row"});
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String w = scopes.where("r", user, params) + " and r.survey_id = :s";
        params.put("s", surveyId);
        Map<Long, Map<String, Set<String>>> answers = new LinkedHashMap<>();
        jdbc.sql(
                "select a.response_id, a.question_key, a.item, a.value from survey_answer a join survey_response r on r.id = a.response_id"
                        + w)
                .params(params).query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2) + "\u0000" + rs.getString(3),
                                    k -> new java.util.LinkedHashSet<>())
                            .add(rs.getString(4));
                });
        List<List<String>> rows = new ArrayList<>();
        jdbc.sql(
                """
                        select r.id, r.client_uuid, r.answered_at, r.channel, r.surveyor, t.name, r.group_name, v.number,
                          r.respondent_name, r.respondent_contact
                        from survey_response r join territory t on t.id = r.territory_id join survey_version v on v.id = r.survey_version_id"""
                        + w + " order by r.id")
                .params(params).query(rs -> {
                    List<String> row = new ArrayList<>();
                    long id = rs.getLong(1);
                    row.add(String.valueOf(id));
                    row.add(rs.getString(2));
                    row.add(org.minga.platform.Times.SORTABLE
                            .format(rs.getObject(3, OffsetDateTime.class).atZoneSameInstant(zone)));
                    row.add(rs.getString(4));
                    row.add(nz(rs.getString(5)));
                    row.add(rs.getString(6));
                    row.add(nz(rs.getString(7)));
                    row.add(String.valueOf(rs.getInt(8)));
                    if (!s.anonymous()) {
                        row.add(nz(rs.getString(9)));
                        row.add(nz(rs.getString(10)));
                    }
                    Map<String, Set<String>> mine = answers.getOrDefault(id, Map.of());
                    for (String[] c : columns) {
                        if (c[2].equals("option")) {
                            Set<String> chosen = mine.getOrDefault(c[0] + "\u0000", Set.of());
                            row.add(chosen.contains(c[1]) ? "1" : "0");
                        } else {
                            row.add(String.join("; ", mine.getOrDefault(c[0] + "\u0000" + c[1], Set.of())));
                        }
                    }
                    rows.add(row);
                });
        return new Table(header, rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String write(List<SurveyQuestion> questions) {
        try {
            return json.writeValueAsString(questions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void requirePublicOpen(SurveyView s) {
        if (!s.status().equals("OPEN")) {
            throw new ForbiddenException("La encuesta no está abierta.");
        }
    }
}
