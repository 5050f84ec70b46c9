package org.minga.practice.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation: evaluator profiles (person + entity), assignments from outside the authoring entity,
 * declarations of conflicts of interest, rubric scores per criterion of the practice's level, and the
 * mean and spread per criterion.
 */
@Service
class EvaluationService {

    private final JdbcClient jdbc;
    private final PracticeService practices;
    private final FormatCatalog formats;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;

    private final org.springframework.context.ApplicationEventPublisher events;

    EvaluationService(JdbcClient jdbc, PracticeService practices, FormatCatalog formats, Jurisdictions jurisdictions,
            AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.practices = practices;
        this.formats = formats;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    // ---- evaluators

    /** The evaluators of one jurisdiction, or of all when {@code jurisdictionId} is null (an administrator of all). */
    List<Evaluator> evaluators(Long jurisdictionId) {
        return jdbc.sql("""
                select e.id, e.jurisdiction_id, j.name as jurisdiction_name, e.username, e.full_name, e.entity_name
                from practice_evaluator e join jurisdiction j on j.id = e.jurisdiction_id
                where cast(:j as bigint) is null or e.jurisdiction_id = :j
                order by e.full_name""")
                .param("j", jurisdictionId).query(Evaluator.class).list();
    }

    Evaluator evaluator(long id) {
        return jdbc.sql("""
                select e.id, e.jurisdiction_id, j.name as jurisdiction_name, e.username, e.full_name, e.entity_name
                from practice_evaluator e join jurisdiction j on j.id = e.jurisdiction_id where e.id = :id""")
                .param("id", id).query(Evaluator.class).optional()
                .orElseThrow(() -> new NotFoundException("El evaluador " + id + " no existe."));
    }

    @Transactional
    Evaluator createEvaluator(NewEvaluator cmd, CurrentUser user) {
        if (!AccessPolicy.holds(user.role(), Capability.MANAGE_PRACTICES)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no permite "
                    + Capability.MANAGE_PRACTICES.label() + ": no registra evaluadores.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (cmd.fullName() == null || cmd.fullName().isBlank()) {
            errors.add(new FieldError("fullName", "El nombre del evaluador es obligatorio."));
        }
        if (cmd.entityName() == null || cmd.entityName().isBlank()) {
            errors.add(new FieldError("entityName", "La entidad a la que pertenece el evaluador es obligatoria."));
        }
        Jurisdiction j = null;
        if (cmd.jurisdiction() == null || cmd.jurisdiction().isBlank()) {
            errors.add(new FieldError("jurisdiction", "La jurisdicción de la entidad del evaluador es obligatoria."));
        } else {
            j = jurisdictions.byCode(cmd.jurisdiction().strip()).orElse(null);
            if (j == null) {
                errors.add(new FieldError("jurisdiction", "La jurisdicción «" + cmd.jurisdiction() + "» no existe."));
            }
        }
        String username = PracticeService.blankToNull(cmd.username());
        if (username != null && jdbc.sql("select exists(select 1 from practice_evaluator where username = :u)")
                .param("u", username).query(Boolean.class).single()) {
            errors.add(new FieldError("username", "El usuario «" + username + "» ya tiene perfil de evaluador."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into practice_evaluator (jurisdiction_id, username, full_name, entity_name, entity_key)
                values (:j, :u, :n, :e, :k) returning id""")
                .param("j", j.id()).param("u", username).param("n", cmd.fullName().strip())
                .param("e", cmd.entityName().strip()).param("k", TextKeys.key(cmd.entityName()))
                .query(Long.class).single();
        audit.record("CREATE", "practice_evaluator", id, j.id(),
                "Evaluador " + cmd.fullName() + " (" + cmd.entityName() + ")",
                null, cmd);
        return evaluator(id);
    }

    // ---- assignments

    /** Assigns an evaluator; refused when the evaluator belongs to the authoring entity. */
    @Transactional
    Assignment assign(long practiceId, long evaluatorId, CurrentUser user) {
        Practice p = practices.requireVisible(practiceId, user);
        practices.requireManager(p, user);
        if (p.status() != PracticeStatus.ENVIADA && p.status() != PracticeStatus.EN_EVALUACION) {
            throw new ConflictException("Solo se asignan evaluadores a una práctica enviada o en evaluación (está «"
                    + p.status().label() + "»).");
        }
        Evaluator e = evaluator(evaluatorId);
        boolean sameEntity = jdbc.sql("""
                select exists(select 1 from practice_evaluator e, practice p where e.id = :e and p.id = :p
                and e.entity_key = p.entity_key and e.jurisdiction_id = p.jurisdiction_id)""")
                .param("e", evaluatorId).param("p", practiceId).query(Boolean.class).single();
        if (sameEntity) {
            throw new ValidationException("evaluatorId", e.fullName() + " pertenece a la entidad autora ("
                    + p.entityName() + "): la evaluación debe hacerla alguien de otra entidad.");
        }
        boolean exists = jdbc
                .sql("select exists(select 1 from practice_assignment where practice_id = :p and evaluator_id = :e)")
                .param("p", practiceId).param("e", evaluatorId).query(Boolean.class).single();
        if (exists) {
            throw new ValidationException("evaluatorId", e.fullName() + " ya está asignado a esta práctica.");
        }
        long id = jdbc.sql("""
                insert into practice_assignment (practice_id, evaluator_id, status, assigned_by)
                values (:p, :e, 'ASIGNADA', :u) returning id""")
                .param("p", practiceId).param("e", evaluatorId).param("u", user.username()).query(Long.class).single();
        audit.record("CREATE", "practice_assignment", id, p.jurisdictionId(),
                "Evaluador " + e.fullName() + " asignado a «" + p.title() + "»", null,
                Map.of("practice", practiceId, "evaluator", evaluatorId));
        if (p.status() == PracticeStatus.ENVIADA) {
            practices.transition(p, PracticeStatus.EN_EVALUACION, p.observations(), user, "En evaluación");
        }
        Assignment a = assignment(id);
        events.publishEvent(new EvaluatorAssigned(a, p.jurisdictionId()));
        return a;
    }

    /** An evaluator was assigned a practice (the evaluator is told, when they have an account). */
    record EvaluatorAssigned(Assignment assignment, long jurisdictionId) {
    }

    List<Assignment> assignmentsOf(long practiceId) {
        return jdbc.sql(ASSIGNMENT_SQL + " where a.practice_id = :p order by a.id").param("p", practiceId)
                .query(Assignment.class).list();
    }

    /** The evaluations assigned to the signed-in user, newest first. */
    List<Assignment> mine(CurrentUser user) {
        return jdbc.sql(ASSIGNMENT_SQL + " where e.username = :u order by a.assigned_at desc limit 200")
                .param("u", user.username()).query(Assignment.class).list();
    }

    Assignment assignment(long id) {
        return jdbc.sql(ASSIGNMENT_SQL + " where a.id = :id").param("id", id).query(Assignment.class).optional()
                .orElseThrow(() -> new NotFoundException("La asignación " + id + " no existe."));
    }

    Assignment requireMine(long id, CurrentUser user) {
        Assignment a = assignment(id);
        if (!user.username().equals(a.username())) {
            throw new ForbiddenException("Esta evaluación está asignada a otra persona.");
        }
        return a;
    }

    private static final String ASSIGNMENT_SQL = """
            select a.id, a.practice_id, p.title as practice_title, a.evaluator_id, e.full_name as evaluator_name,
                   e.entity_name as evaluator_entity, e.username, a.status, a.conflict_note, a.declared_at, a.comment,
                   a.submitted_at, a.assigned_at, a.version
            from practice_assignment a join practice_evaluator e on e.id = a.evaluator_id
                 join practice p on p.id = a.practice_id""";

    /** The evaluator declares whether they have a conflict of interest; with one, they do not score. */
    @Transactional
    Assignment declare(long assignmentId, boolean conflict, String note, CurrentUser user) {
        Assignment a = requireMine(assignmentId, user);
        if (!"ASIGNADA".equals(a.status())) {
            throw new ConflictException("La declaración de conflicto de interés ya fue hecha.");
        }
        if (conflict && (note == null || note.isBlank())) {
            throw new ValidationException("conflictNote", "Describa el conflicto de interés.");
        }
        jdbc.sql(
                """
                        update practice_assignment set status = :s, conflict_note = :n, declared_at = now(), version = version + 1
                        where id = :id""")
                .param("s", conflict ? "CONFLICTO" : "SIN_CONFLICTO").param("n", PracticeService.blankToNull(note))
                .param("id", assignmentId).update();
        Practice p = practices.require(a.practiceId());
        audit.record("UPDATE", "practice_assignment", assignmentId, p.jurisdictionId(),
                (conflict ? "Conflicto de interés declarado" : "Sin conflicto de interés") + " en «" + p.title() + "»",
                Map.of("status", a.status()), Map.of("status", conflict ? "CONFLICTO" : "SIN_CONFLICTO"));
        return assignment(assignmentId);
    }

    /** Scores every criterion of the practice's level on the rubric; the last evaluation makes it «Evaluada». */
    @Transactional
    Assignment score(long assignmentId, Map<String, Integer> scores, Map<String, String> comments, String comment,
            Integer version, CurrentUser user) {
        Assignment a = requireMine(assignmentId, user);
        if ("ASIGNADA".equals(a.status())) {
            throw new ConflictException("Declare primero si tiene conflicto de interés con esta práctica.");
        }
        if ("CONFLICTO".equals(a.status())) {
            throw new ConflictException("Declaró un conflicto de interés: no puede calificar esta práctica.");
        }
        if ("EVALUADA".equals(a.status())) {
            throw new ConflictException("Esta evaluación ya fue enviada.");
        }
        if (version != null && version != a.version()) {
            throw new ConflictException("La evaluación cambió mientras la diligenciaba; recargue la página.");
        }
        Practice p = practices.require(a.practiceId());
        if (p.status() != PracticeStatus.EN_EVALUACION) {
            throw new ConflictException("La práctica no está en evaluación (está «" + p.status().label() + "»).");
        }
        FormatDefinition def = formats.require(p.formatId()).definition();
        List<FieldError> errors = new ArrayList<>();
        for (FormatDefinition.Criterion c : def.criteriaFor(p.level())) {
            Integer s = scores == null ? null : scores.get(c.key());
            if (s == null) {
                errors.add(new FieldError("scores." + c.key(), "Califique el criterio «" + c.label() + "»."));
            } else if (s < def.minScore() || s > def.maxScore()) {
                errors.add(
                        new FieldError("scores." + c.key(), "La calificación de «" + c.label() + "» debe estar entre "
                                + def.minScore() + " y " + def.maxScore() + "."));
            }
        }
        if (comment == null || comment.isBlank()) {
            errors.add(new FieldError("comment", "Escriba un comentario general de la evaluación."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (FormatDefinition.Criterion c : def.criteriaFor(p.level())) {
            jdbc.sql(
                    "insert into practice_score (assignment_id, criterion_key, score, comment) values (:a, :c, :s, :m)")
                    .param("a", assignmentId).param("c", c.key()).param("s", scores.get(c.key()))
                    .param("m", comments == null ? null : PracticeService.blankToNull(comments.get(c.key()))).update();
        }
        jdbc.sql(
                """
                        update practice_assignment set status = 'EVALUADA', comment = :c, submitted_at = now(), version = version + 1
                        where id = :id and version = :v""")
                .param("c", comment.strip()).param("id", assignmentId).param("v", a.version()).update();
        audit.record("UPDATE", "practice_assignment", assignmentId, p.jurisdictionId(),
                "Evaluación enviada de «" + p.title() + "»", null, Map.of("scores", scores, "comment", comment));
        boolean pending = jdbc.sql("""
                select exists(select 1 from practice_assignment where practice_id = :p
                and status in ('ASIGNADA', 'SIN_CONFLICTO'))""")
                .param("p", p.id()).query(Boolean.class).single();
        if (!pending) {
            practices.transition(practices.require(p.id()), PracticeStatus.EVALUADA, p.observations(), user,
                    "Evaluación completa");
        }
        return assignment(assignmentId);
    }

    /** Mean, spread (standard deviation), minimum, maximum and count per criterion of the practice's level. */
    List<CriterionSummary> summary(Practice p) {
        FormatDefinition def = formats.require(p.formatId()).definition();
        Map<String, CriterionSummary> byKey = new LinkedHashMap<>();
        jdbc.sql("""
                select s.criterion_key, avg(s.score) as mean, coalesce(stddev_pop(s.score), 0) as spread,
                       min(s.score) as lo, max(s.score) as hi, count(*) as n
                from practice_score s join practice_assignment a on a.id = s.assignment_id
                where a.practice_id = :p and a.status = 'EVALUADA' group by s.criterion_key""")
                .param("p", p.id())
                .query((rs, n) -> new CriterionSummary(rs.getString("criterion_key"), rs.getString("criterion_key"),
                        rs.getDouble("mean"), rs.getDouble("spread"), rs.getInt("lo"), rs.getInt("hi"), rs.getInt("n")))
                .list().forEach(s -> byKey.put(s.key(), s));
        List<CriterionSummary> out = new ArrayList<>();
        for (FormatDefinition.Criterion c : def.criteriaFor(p.level())) {
            CriterionSummary s = byKey.get(c.key());
            out.add(s == null ? new CriterionSummary(c.key(), c.label(), 0, 0, 0, 0, 0)
                    : new CriterionSummary(c.key(), c.label(), s.mean(), s.spread(), s.min(), s.max(), s.count()));
        }
        return out;
    }

    List<ScoreRow> scoresOf(long assignmentId) {
        return jdbc.sql("select criterion_key, score, comment from practice_score where assignment_id = :a")
                .param("a", assignmentId).query(ScoreRow.class).list();
    }

    record Evaluator(long id, long jurisdictionId, String jurisdictionName, String username, String fullName,
            String entityName) {
        public String label() {
            return fullName + " · " + entityName + " (" + jurisdictionName + ")";
        }
    }

    record NewEvaluator(String jurisdiction, String username, String fullName, String entityName) {
    }

    record Assignment(long id, long practiceId, String practiceTitle, long evaluatorId, String evaluatorName,
            String evaluatorEntity, String username, String status, String conflictNote,
            OffsetDateTime declaredAt, String comment, OffsetDateTime submittedAt, OffsetDateTime assignedAt,
            int version) {
        public String statusLabel() {
            switch (status) {
                case "ASIGNADA" :
                    return "Pendiente de declarar conflicto de interés";
                case "SIN_CONFLICTO" :
                    return "Calificando";
                case "CONFLICTO" :
                    return "Se declaró con conflicto de interés";
                default :
                    return "Evaluación enviada";
            }
        }
    }

    record ScoreRow(String criterionKey, int score, String comment) {
    }

    record CriterionSummary(String key, String label, double mean, double spread, int min, int max, int count) {
        public String meanText() {
            return count == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f", mean).replace('.', ',');
        }

        public String spreadText() {
            return count == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.2f", spread).replace('.', ',');
        }
    }
}
