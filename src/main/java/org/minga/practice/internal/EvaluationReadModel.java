package org.minga.practice.internal;

import java.util.List;
import java.util.Optional;

import org.minga.practice.internal.EvaluationService.Assignment;
import org.minga.practice.internal.EvaluationService.CriterionSummary;
import org.minga.practice.internal.EvaluationService.Evaluator;
import org.minga.practice.internal.EvaluationService.ScoreRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Evaluators, evaluations (assignments) and their scores as the pages read them, and the figures per criterion. */
@Component
record EvaluationReadModel(JdbcClient jdbc) {

    private static final String EVALUATOR_SQL = """
            select e.id, e.jurisdiction_id, j.name as jurisdiction_name, e.username, e.full_name, e.entity_name
            from practice_evaluator e join jurisdiction j on j.id = e.jurisdiction_id""";

    private static final String ASSIGNMENT_SQL = """
            select a.id, a.practice_id, p.title as practice_title, a.evaluator_id, e.full_name as evaluator_name,
                   e.entity_name as evaluator_entity, e.username, a.status, a.conflict_note, a.declared_at, a.comment,
                   a.submitted_at, a.assigned_at, a.version
            from practice_assignment a join practice_evaluator e on e.id = a.evaluator_id
                 join practice p on p.id = a.practice_id""";

    /** The evaluators of one jurisdiction, or of all when {@code jurisdictionId} is null. */
    List<Evaluator> evaluators(Long jurisdictionId) {
        return jdbc.sql(EVALUATOR_SQL + " where cast(:j as bigint) is null or e.jurisdiction_id = :j"
                + " order by e.full_name").param("j", jurisdictionId).query(Evaluator.class).list();
    }

    Optional<Evaluator> evaluator(long id) {
        return jdbc.sql(EVALUATOR_SQL + " where e.id = :id").param("id", id).query(Evaluator.class).optional();
    }

    boolean evaluatorUser(String username) {
        return jdbc.sql("select exists(select 1 from practice_evaluator where username = :u)").param("u", username)
                .query(Boolean.class).single();
    }

    /** Whether the evaluator belongs to the entity that wrote the practice. */
    boolean sameEntity(long evaluatorId, long practiceId) {
        return jdbc.sql("""
                select exists(select 1 from practice_evaluator e, practice p where e.id = :e and p.id = :p
                and e.entity_key = p.entity_key and e.jurisdiction_id = p.jurisdiction_id)""")
                .param("e", evaluatorId).param("p", practiceId).query(Boolean.class).single();
    }

    boolean assigned(long practiceId, long evaluatorId) {
        return jdbc
                .sql("select exists(select 1 from practice_assignment where practice_id = :p and evaluator_id = :e)")
                .param("p", practiceId).param("e", evaluatorId).query(Boolean.class).single();
    }

    /** Whether an evaluation of the practice is still to be declared or scored. */
    boolean pending(long practiceId) {
        return jdbc.sql("""
                select exists(select 1 from practice_assignment where practice_id = :p
                and status in ('ASIGNADA', 'SIN_CONFLICTO'))""")
                .param("p", practiceId).query(Boolean.class).single();
    }

    List<Assignment> assignmentsOf(long practiceId) {
        return jdbc.sql(ASSIGNMENT_SQL + " where a.practice_id = :p order by a.id").param("p", practiceId)
                .query(Assignment.class).list();
    }

    List<Assignment> ofEvaluator(String username) {
        return jdbc.sql(ASSIGNMENT_SQL + " where e.username = :u order by a.assigned_at desc limit 200")
                .param("u", username).query(Assignment.class).list();
    }

    Optional<Assignment> assignment(long id) {
        return jdbc.sql(ASSIGNMENT_SQL + " where a.id = :id").param("id", id).query(Assignment.class).optional();
    }

    /** Mean, spread, minimum, maximum and count of the sent scores of a practice, per criterion key. */
    List<CriterionSummary> figures(long practiceId) {
        return jdbc.sql("""
                select s.criterion_key, avg(s.score) as mean, coalesce(stddev_pop(s.score), 0) as spread,
                       min(s.score) as lo, max(s.score) as hi, count(*) as n
                from practice_score s join practice_assignment a on a.id = s.assignment_id
                where a.practice_id = :p and a.status = 'EVALUADA' group by s.criterion_key""")
                .param("p", practiceId)
                .query((rs, n) -> new CriterionSummary(rs.getString("criterion_key"), rs.getString("criterion_key"),
                        rs.getDouble("mean"), rs.getDouble("spread"), rs.getInt("lo"), rs.getInt("hi"), rs.getInt("n")))
                .list();
    }

    List<ScoreRow> scoresOf(long assignmentId) {
        return jdbc.sql("select criterion_key, score, comment from practice_score where assignment_id = :a")
                .param("a", assignmentId).query(ScoreRow.class).list();
    }
}
