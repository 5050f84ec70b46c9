package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.Collection;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link ExerciseRepository}, in SQL. */
@RequiredArgsConstructor
class ExerciseStatementsImpl implements ExerciseStatements {

    private final JdbcClient jdbc;

    @Override
    public void addActors(long exerciseId, Collection<Long> actorIds) {
        actorIds.forEach(a -> jdbc.sql("insert into gov_exercise_actor (exercise_id, actor_id) values (:e, :a)")
                .param("e", exerciseId).param("a", a).update());
    }

    @Override
    public void addMilestone(long exerciseId, String title, LocalDate dueDate, LocalDate doneOn) {
        jdbc.sql(
                "insert into gov_exercise_milestone (exercise_id, title, due_date, done_on) values (:e, :t, :d, :done)")
                .param("e", exerciseId).param("t", title).param("d", dueDate).param("done", doneOn).update();
    }

    @Override
    public void addNote(long exerciseId, String note, String author) {
        jdbc.sql("insert into gov_exercise_note (exercise_id, note, author) values (:e, :n, :a)")
                .param("e", exerciseId).param("n", note).param("a", author).update();
    }
}
