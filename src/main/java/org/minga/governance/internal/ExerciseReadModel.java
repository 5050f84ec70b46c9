package org.minga.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.minga.actor.Actors;
import org.minga.actor.Sector;
import org.minga.governance.internal.OwnerNames.Listing;
import org.minga.governance.internal.Gov.ExerciseStatus;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demonstration exercises as people read them (territory, actors, milestones, notes); hand-written SQL, the actors'
 * names from actor's API.
 */
@Component
record ExerciseReadModel(JdbcClient jdbc, Actors actors) {

    public record ExerciseView(long id, long jurisdictionId, Long bodyId, String code, String name, String objective,
            long territoryId, String territoryName, String territoryPath, List<String> sectors,
            List<String> actors, ExerciseStatus status, LocalDate startDate, LocalDate endDate,
            String evaluation, int version, List<Milestone> milestones, List<Note> notes) implements Access.Placed {
        public List<String> sectorLabels() {
            return sectors.stream().map(s -> Sector.valueOf(s).label()).toList();
        }

        ExerciseView with(List<String> actors, List<Milestone> milestones, List<Note> notes) {
            return new ExerciseView(id, jurisdictionId, bodyId, code, name, objective, territoryId, territoryName,
                    territoryPath, sectors, actors, status, startDate, endDate, evaluation, version, milestones,
                    notes);
        }
    }

    public record Milestone(long id, String title, LocalDate dueDate, LocalDate doneOn) {
    }

    public record Note(long id, String note, String author, OffsetDateTime createdAt) {
    }

    private static final String SELECT = """
            select e.*, t.name as territory_name,
                   array(select ea.actor_id from gov_exercise_actor ea where ea.exercise_id = e.id) as actor_ids
            from gov_exercise e join territory t on t.id = e.territory_id
            """;

    /** The exercise with the ids of its actors, whose names {@link #named} fills in. */
    private static Listing<ExerciseView> map(ResultSet rs, int n) throws SQLException {
        return new Listing<>(new ExerciseView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                rs.getObject("body_id", Long.class),
                rs.getString("code"), rs.getString("name"), rs.getString("objective"), rs.getLong("territory_id"),
                rs.getString("territory_name"), rs.getString("territory_path"),
                List.of((String[]) rs.getArray("sectors").getArray()),
                List.of(),
                ExerciseStatus.valueOf(rs.getString("status")), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("evaluation"), rs.getInt("version"),
                List.of(), List.of()), Listing.ids(rs, "actor_ids"));
    }

    /** The exercises with their actors' names in name order, from one look-up (actor's). */
    private List<ExerciseView> named(List<Listing<ExerciseView>> rows) {
        return OwnerNames.filled(rows, actors::names, (e, names) -> e.with(names, e.milestones(), e.notes()));
    }

    private Optional<ExerciseView> named(Optional<Listing<ExerciseView>> row) {
        return row.map(r -> named(List.of(r)).get(0));
    }

    /** The exercise of a jurisdiction with this code (case aside), without milestones and notes. */
    Optional<ExerciseView> byCode(long jurisdictionId, String code) {
        return named(jdbc.sql(SELECT + "where e.jurisdiction_id = :j and lower(e.code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code.strip()).query(ExerciseReadModel::map).optional());
    }

    /** The exercise's row, without milestones and notes. */
    Optional<ExerciseView> row(long id) {
        return named(jdbc.sql(SELECT + "where e.id = :id").param("id", id).query(ExerciseReadModel::map).optional());
    }

    List<Milestone> milestones(long id) {
        return jdbc.sql("select * from gov_exercise_milestone where exercise_id = :e order by due_date, id")
                .param("e", id).query((rs, n) -> new Milestone(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("due_date", LocalDate.class), rs.getObject("done_on", LocalDate.class)))
                .list();
    }

    List<Note> notes(long id) {
        return jdbc.sql("select * from gov_exercise_note where exercise_id = :e order by id").param("e", id)
                .query((rs, n) -> new Note(rs.getLong("id"), rs.getString("note"), rs.getString("author"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    PageResult<ExerciseView> list(long jurisdictionId, String prefix, PageRequest page) {
        String where = " where " + Access.visibleSql("e");
        long total = jdbc.sql("select count(*) from gov_exercise e" + where).param("j", jurisdictionId)
                .param("prefix", prefix).query(Long.class).single();
        List<ExerciseView> items = named(jdbc
                .sql(SELECT + where + " order by e.start_date desc nulls last, e.name limit :l offset :o")
                .param("j", jurisdictionId).param("prefix", prefix).param("l", page.size()).param("o", page.offset())
                .query(ExerciseReadModel::map).list());
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    boolean codeTaken(long jurisdictionId, String code) {
        return jdbc
                .sql("select exists(select 1 from gov_exercise where jurisdiction_id = :j and lower(code) = lower(:c))")
                .param("j", jurisdictionId).param("c", code.strip()).query(Boolean.class).single();
    }
}
