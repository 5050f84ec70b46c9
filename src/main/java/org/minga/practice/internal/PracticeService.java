package org.minga.practice.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing practices and moving them through the workflow; every change is audited and versioned. */
@Service
class PracticeService {

    static final String COLUMNS = """
            id, jurisdiction_id, territory_id, format_id, title, entity_name, entity_actor_ref, sector, process,
            level, year, status, answers::text as answers, observations, share_authorized, created_by, created_at,
            updated_by, updated_at, published_at, version""";

    private final JdbcClient jdbc;
    private final FormatCatalog formats;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final AuditLog audit;
    private final ObjectMapper json;

    PracticeService(JdbcClient jdbc, FormatCatalog formats, Jurisdictions jurisdictions, Territories territories,
            AuditLog audit, ObjectMapper json) {
        this.jdbc = jdbc;
        this.formats = formats;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
        this.audit = audit;
        this.json = json;
    }

    // ---- permissions

    static boolean canAuthor(CurrentUser user, long jurisdictionId) {
        return AccessPolicy.reachesJurisdiction(user, Capability.DOCUMENT_PRACTICES, jurisdictionId);
    }

    /** Administrators and district users of the jurisdiction assign evaluators, return and publish. */
    static boolean canManage(CurrentUser user, long jurisdictionId) {
        return AccessPolicy.reachesJurisdiction(user, Capability.MANAGE_PRACTICES, jurisdictionId);
    }

    // ---- reading

    Practice require(long id) {
        return jdbc.sql("select " + COLUMNS + " from practice where id = :id").param("id", id)
                .query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("La buena práctica " + id + " no existe."));
    }

    /** The practice if the user may see it: their jurisdiction, or an evaluation assigned to them. */
    Practice requireVisible(long id, CurrentUser user) {
        Practice p = require(id);
        if (AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, p.jurisdictionId())
                || assignedTo(id, user)) {
            return p;
        }
        throw new NotFoundException("La buena práctica " + id + " no existe o no está en su alcance.");
    }

    boolean assignedTo(long practiceId, CurrentUser user) {
        return jdbc.sql("""
                select exists(select 1 from practice_assignment a join practice_evaluator e on e.id = a.evaluator_id
                where a.practice_id = :p and e.username = :u)""")
                .param("p", practiceId).param("u", user.username()).query(Boolean.class).single();
    }

    PageResult<Practice> list(CurrentUser user, String status, String q, PageRequest page) {
        StringBuilder where = new StringBuilder(" where (cast(:j as bigint) is null or jurisdiction_id = :j)");
        if (status != null && !status.isBlank()) {
            where.append(" and status = :s");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and search_key like :q");
        }
        var count = jdbc.sql("select count(*) from practice" + where).param("j", user.jurisdictionId());
        var rows = jdbc.sql("select " + COLUMNS + " from practice" + where
                + " order by updated_at desc, id desc limit :limit offset :offset").param("j", user.jurisdictionId());
        if (status != null && !status.isBlank()) {
            count = count.param("s", status);
            rows = rows.param("s", status);
        }
        if (q != null && !q.isBlank()) {
            String like = "%" + TextKeys.key(q) + "%";
            count = count.param("q", like);
            rows = rows.param("q", like);
        }
        long total = count.query(Long.class).single();
        List<Practice> items = rows.param("limit", page.size()).param("offset", page.offset()).query(this::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    List<PracticeVersion> versions(long practiceId) {
        return jdbc.sql("""
                select number, status, title, level, answers::text as answers, note, created_by, created_at
                from practice_version where practice_id = :p order by number desc""")
                .param("p", practiceId)
                .query((rs, n) -> new PracticeVersion(rs.getInt("number"),
                        PracticeStatus.valueOf(rs.getString("status")),
                        rs.getString("title"), rs.getInt("level"), readAnswers(rs.getString("answers")),
                        rs.getString("note"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    // ---- writing

    @Transactional
    Practice create(NewPractice cmd, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        PracticeFormat format = null;
        if (cmd.formatId() == null) {
            errors.add(new FieldError("formatId", "Elija el formato en que documentará la práctica."));
        } else {
            format = formats.require(cmd.formatId());
        }
        Jurisdiction j = null;
        if (cmd.jurisdiction() == null || cmd.jurisdiction().isBlank()) {
            if (user.jurisdictionId() != null) {
                j = jurisdictions.byId(user.jurisdictionId()).orElseThrow();
            } else {
                errors.add(new FieldError("jurisdiction", "Elija la jurisdicción de la práctica."));
            }
        } else {
            j = jurisdictions.requireVisible(cmd.jurisdiction().strip(), user);
        }
        if (j != null && !canAuthor(user, j.id())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no documenta buenas prácticas.");
        }
        checkMetadata(cmd.title(), cmd.entityName(), cmd.sector(), cmd.process(), cmd.year(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TerritoryView territory = territory(cmd.territoryId(), j.id(), user);
        Map<String, Object> answers = Answers.clean(format.definition(),
                cmd.answers() == null ? Map.of() : cmd.answers());
        int level = Answers.level(format.definition(), answers, 1);
        List<FieldError> answerErrors = Answers.check(format.definition(), level, answers, false);
        if (!answerErrors.isEmpty()) {
            throw new ValidationException(answerErrors);
        }
        long id = jdbc.sql("""
                insert into practice (jurisdiction_id, territory_id, format_id, title, entity_name, entity_key,
                    sector, process, level, year, status, answers, share_authorized, search_key, created_by, updated_by)
                values (:j, :t, :f, :title, :entity, :ekey, :sector, :process, :level, :year, 'BORRADOR',
                    cast(:answers as jsonb), :share, :search, :u, :u) returning id""")
                .param("j", j.id()).param("t", territory == null ? null : territory.id()).param("f", format.id())
                .param("title", cmd.title().strip()).param("entity", cmd.entityName().strip())
                .param("ekey", TextKeys.key(cmd.entityName())).param("sector", blankToNull(cmd.sector()))
                .param("process", blankToNull(cmd.process())).param("level", level).param("year", cmd.year())
                .param("answers", write(answers)).param("share", format.definition().authorizationQuestion() != null
                        ? Answers.authorization(format.definition(), answers) : cmd.shareAuthorized())
                .param("search", searchKey(cmd.title(), cmd.entityName(), cmd.sector(), cmd.process(), format, answers))
                .param("u", user.username()).query(Long.class).single();
        Practice created = require(id);
        snapshot(created, "Creada", user);
        audit.record("CREATE", "practice", id, j.id(), "Buena práctica «" + created.title() + "» (borrador)", null,
                auditView(created));
        return created;
    }

    @Transactional
    Practice save(long id, PracticeForm form, CurrentUser user) {
        Practice p = requireVisible(id, user);
        if (!canAuthor(user, p.jurisdictionId())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no modifica buenas prácticas.");
        }
        if (!p.status().editable()) {
            throw new ConflictException("La práctica está «" + p.status().label()
                    + "»: solo se modifica en borrador o cuando es devuelta con observaciones.");
        }
        checkVersion(p, form.version());
        PracticeFormat format = formats.require(p.formatId());
        List<FieldError> errors = new ArrayList<>();
        checkMetadata(form.title(), form.entityName(), form.sector(), form.process(), form.year(), errors);
        Map<String, Object> answers = Answers.clean(format.definition(),
                form.answers() == null ? Map.of() : form.answers());
        int level = Answers.level(format.definition(), answers, p.level());
        errors.addAll(Answers.check(format.definition(), level, answers, false));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TerritoryView territory = territory(form.territoryId(), p.jurisdictionId(), user);
        Boolean share = format.definition().authorizationQuestion() != null
                ? Answers.authorization(format.definition(), answers) : form.shareAuthorized();
        int updated = jdbc
                .sql("""
                        update practice set title = :title, entity_name = :entity, entity_key = :ekey, sector = :sector,
                            process = :process, year = :year, territory_id = :t, level = :level, answers = cast(:answers as jsonb),
                            share_authorized = :share, search_key = :search, updated_by = :u, updated_at = now(),
                            version = version + 1
                        where id = :id and version = :v""")
                .param("title", form.title().strip()).param("entity", form.entityName().strip())
                .param("ekey", TextKeys.key(form.entityName())).param("sector", blankToNull(form.sector()))
                .param("process", blankToNull(form.process())).param("year", form.year())
                .param("t", territory == null ? null : territory.id()).param("level", level)
                .param("answers", write(answers)).param("share", share)
                .param("search",
                        searchKey(form.title(), form.entityName(), form.sector(), form.process(), format, answers))
                .param("u", user.username()).param("id", id).param("v", p.version()).update();
        if (updated == 0) {
            throw concurrent();
        }
        Practice saved = require(id);
        if (!form.autosave()) {
            snapshot(saved, "Guardada", user);
        }
        audit.record("UPDATE", "practice", id, p.jurisdictionId(),
                (form.autosave() ? "Guardado automático de «" : "Guardada «") + saved.title() + "»",
                auditView(p), auditView(saved));
        return saved;
    }

    /** Sends the practice for evaluation once every required answer of its level is there. */
    @Transactional
    Practice submit(long id, Integer version, CurrentUser user) {
        Practice p = requireVisible(id, user);
        if (!canAuthor(user, p.jurisdictionId())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no envía buenas prácticas.");
        }
        if (!p.status().editable()) {
            throw new ConflictException("La práctica ya fue enviada (estado «" + p.status().label() + "»).");
        }
        checkVersion(p, version);
        PracticeFormat format = formats.require(p.formatId());
        List<FieldError> errors = Answers.check(format.definition(), p.level(), p.answers(), true);
        if (format.definition().authorizationQuestion() == null && p.shareAuthorized() == null) {
            errors.add(new FieldError("shareAuthorized",
                    "Indique si la entidad autoriza difundir la información de la práctica (Sí o No)."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Practice sent = transition(p, PracticeStatus.ENVIADA, null, user, "Enviada a evaluación");
        return sent;
    }

    @Transactional
    Practice returnWithObservations(long id, Integer version, String observations, CurrentUser user) {
        Practice p = requireVisible(id, user);
        requireManager(p, user);
        if (p.status() != PracticeStatus.ENVIADA && p.status() != PracticeStatus.EN_EVALUACION
                && p.status() != PracticeStatus.EVALUADA) {
            throw new ConflictException("Solo se devuelve una práctica enviada, en evaluación o evaluada (está «"
                    + p.status().label() + "»).");
        }
        if (observations == null || observations.isBlank()) {
            throw new ValidationException("observations", "Escriba las observaciones para la entidad autora.");
        }
        checkVersion(p, version);
        return transition(p, PracticeStatus.DEVUELTA, observations.strip(), user, "Devuelta con observaciones");
    }

    /** Publishing needs the evaluation done and the entity's authorization to share ("Sí"). */
    @Transactional
    Practice publish(long id, Integer version, CurrentUser user) {
        Practice p = requireVisible(id, user);
        requireManager(p, user);
        if (!Boolean.TRUE.equals(p.shareAuthorized())) {
            throw new ValidationException("shareAuthorized", "No se puede publicar: la entidad no autorizó difundir "
                    + "la información de la práctica (la respuesta de autorización debe ser «Sí»).");
        }
        if (p.status() != PracticeStatus.EVALUADA) {
            throw new ConflictException("Solo se publica una práctica evaluada (está «" + p.status().label() + "»).");
        }
        checkVersion(p, version);
        return transition(p, PracticeStatus.PUBLICADA, p.observations(), user, "Publicada en el banco");
    }

    Practice transition(Practice p, PracticeStatus to, String observations, CurrentUser user, String note) {
        int updated = jdbc.sql("""
                update practice set status = :s, observations = :o, updated_by = :u, updated_at = now(),
                    published_at = case when :s = 'PUBLICADA' then now() else published_at end,
                    version = version + 1
                where id = :id and version = :v""")
                .param("s", to.name()).param("o", observations).param("u", user.username())
                .param("id", p.id()).param("v", p.version()).update();
        if (updated == 0) {
            throw concurrent();
        }
        Practice after = require(p.id());
        snapshot(after, note, user);
        audit.record("UPDATE", "practice", p.id(), p.jurisdictionId(),
                "«" + p.title() + "»: " + p.status().label() + " → " + to.label(),
                Map.of("status", p.status().name()), Map.of("status", to.name(), "note", note));
        return after;
    }

    void requireManager(Practice p, CurrentUser user) {
        if (!canManage(user, p.jurisdictionId())) {
            throw new ForbiddenException("Solo los administradores y usuarios distritales de la jurisdicción "
                    + "gestionan la evaluación y publicación de buenas prácticas.");
        }
    }

    private void snapshot(Practice p, String note, CurrentUser user) {
        jdbc.sql("""
                insert into practice_version (practice_id, number, status, title, level, answers, note, created_by)
                values (:p, (select coalesce(max(number), 0) + 1 from practice_version where practice_id = :p),
                    :s, :t, :l, cast(:a as jsonb), :n, :u)""")
                .param("p", p.id()).param("s", p.status().name()).param("t", p.title()).param("l", p.level())
                .param("a", write(p.answers())).param("n", note).param("u", user.username()).update();
    }

    private static void checkVersion(Practice p, Integer version) {
        if (version != null && version != p.version()) {
            throw concurrent();
        }
    }

    private static ConflictException concurrent() {
        return new ConflictException("Otra persona modificó la práctica mientras usted la editaba. "
                + "Recargue la página para ver los cambios y vuelva a aplicar los suyos.");
    }

    private TerritoryView territory(Long territoryId, long jurisdictionId, CurrentUser user) {
        if (territoryId == null) {
            return null;
        }
        TerritoryView t = territories.requireVisible(territoryId, user);
        if (t.jurisdictionId() != jurisdictionId) {
            throw new ValidationException("territoryId",
                    "El territorio no pertenece a la jurisdicción de la práctica.");
        }
        return t;
    }

    private static void checkMetadata(String title, String entity, String sector, String process, Integer year,
            List<FieldError> errors) {
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "El nombre corto de la práctica es obligatorio."));
        } else if (title.strip().length() > 500) {
            errors.add(new FieldError("title", "El nombre de la práctica admite hasta 500 caracteres."));
        }
        if (entity == null || entity.isBlank()) {
            errors.add(new FieldError("entityName", "La entidad autora es obligatoria."));
        } else if (entity.strip().length() > 300) {
            errors.add(new FieldError("entityName", "El nombre de la entidad admite hasta 300 caracteres."));
        }
        if (sector != null && sector.strip().length() > 120) {
            errors.add(new FieldError("sector", "El sector admite hasta 120 caracteres."));
        }
        if (process != null && process.strip().length() > 200) {
            errors.add(new FieldError("process", "El proceso admite hasta 200 caracteres."));
        }
        int now = Year.now().getValue();
        if (year == null) {
            errors.add(new FieldError("year", "El año de la práctica es obligatorio."));
        } else if (year < 1990 || year > now + 1) {
            errors.add(new FieldError("year", "El año debe estar entre 1990 y " + (now + 1) + "."));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    String searchKey(String title, String entity, String sector, String process, PracticeFormat format,
            Map<String, Object> answers) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[]{title, entity, sector, process, format.name()}) {
            if (s != null) {
                sb.append(s).append(' ');
            }
        }
        for (FormatDefinition.Item q : format.definition().questions()) {
            sb.append(Answers.asText(q, answers.get(q.key()))).append(' ');
        }
        return TextKeys.key(sb.toString().replace('"', ' ').replace('“', ' ').replace('”', ' '));
    }

    Map<String, Object> auditView(Practice p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("entity", p.entityName());
        m.put("status", p.status().name());
        m.put("level", p.level());
        m.put("version", p.version());
        m.put("answeredQuestions", p.answers().size());
        return m;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> readAnswers(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Practice map(ResultSet rs, int n) throws SQLException {
        return new Practice(rs.getLong("id"), rs.getLong("jurisdiction_id"), (Long) rs.getObject("territory_id"),
                rs.getLong("format_id"), rs.getString("title"), rs.getString("entity_name"),
                rs.getString("entity_actor_ref"), rs.getString("sector"), rs.getString("process"), rs.getInt("level"),
                rs.getInt("year"), PracticeStatus.valueOf(rs.getString("status")), readAnswers(rs.getString("answers")),
                rs.getString("observations"), (Boolean) rs.getObject("share_authorized"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
                rs.getInt("version"));
    }

    record PracticeVersion(int number, PracticeStatus status, String title, int level, Map<String, Object> answers,
            String note, String createdBy, OffsetDateTime createdAt) {
    }
}
