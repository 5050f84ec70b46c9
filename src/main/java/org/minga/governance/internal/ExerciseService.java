package org.minga.governance.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.actor.Sector;
import org.minga.governance.internal.Gov.ExerciseStatus;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Demonstration exercises for governance: prioritised pilots with milestones, monitoring notes and an evaluation. */
@Service
public class ExerciseService {

    public record ExerciseView(long id, long jurisdictionId, Long bodyId, String code, String name, String objective,
            long territoryId, String territoryName, String territoryPath, List<String> sectors,
            List<String> actors, ExerciseStatus status, LocalDate startDate, LocalDate endDate,
            String evaluation, int version, List<Milestone> milestones, List<Note> notes) {
        public List<String> sectorLabels() {
            return sectors.stream().map(s -> Sector.valueOf(s).label()).toList();
        }
    }

    public record Milestone(long id, String title, LocalDate dueDate, LocalDate doneOn) {
    }

    public record Note(long id, String note, String author, OffsetDateTime createdAt) {
    }

    public record ExerciseForm(String jurisdiction, String code, String name, String objective, String territoryCode,
            String bodyCode, List<String> actorCodes, List<String> sectors, LocalDate startDate,
            LocalDate endDate) {
    }

    public record MilestoneForm(String title, LocalDate dueDate, LocalDate doneOn) {
    }

    public record EvaluationForm(String evaluation, Integer version) {
    }

    private final JdbcClient jdbc;
    private final Access access;
    private final AuditLog audit;
    private final Territories territories;
    private final Actors actors;
    private final BodyService bodies;

    ExerciseService(JdbcClient jdbc, Access access, AuditLog audit, Territories territories, Actors actors,
            BodyService bodies) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.territories = territories;
        this.actors = actors;
        this.bodies = bodies;
    }

    private static final String SELECT = """
            select e.*, t.name as territory_name,
                   array(select a.name from gov_exercise_actor ea join actor a on a.id = ea.actor_id where ea.exercise_id = e.id order by a.name) as actor_names
            from gov_exercise e join territory t on t.id = e.territory_id
            """;

    private static ExerciseView map(java.sql.ResultSet rs, boolean full) throws java.sql.SQLException {
        long id = rs.getLong("id");
        return new ExerciseView(id, rs.getLong("jurisdiction_id"), (Long) rs.getObject("body_id", Long.class),
                rs.getString("code"),
                rs.getString("name"), rs.getString("objective"), rs.getLong("territory_id"),
                rs.getString("territory_name"),
                rs.getString("territory_path"), List.of((String[]) rs.getArray("sectors").getArray()),
                List.of((String[]) rs.getArray("actor_names").getArray()),
                ExerciseStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("evaluation"),
                rs.getInt("version"), List.of(), List.of());
    }

    List<Milestone> milestones(long id) {
        return jdbc.sql("select * from gov_exercise_milestone where exercise_id = :e order by due_date, id")
                .param("e", id)
                .query((rs, n) -> new Milestone(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getObject("done_on", LocalDate.class)))
                .list();
    }

    List<Note> notes(long id) {
        return jdbc.sql("select * from gov_exercise_note where exercise_id = :e order by id").param("e", id)
                .query((rs, n) -> new Note(rs.getLong("id"), rs.getString("note"), rs.getString("author"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    public ExerciseView requireVisible(long id, CurrentUser user) {
        // milestones and notes are read after the exercise's row is closed: one connection at a time
        ExerciseView row = jdbc.sql(SELECT + "where e.id = :id").param("id", id).query((rs, n) -> map(rs, false))
                .optional()
                .orElseThrow(() -> new NotFoundException("No existe el ejercicio demostrativo " + id + "."));
        access.requireVisible(user, row.jurisdictionId(), row.territoryPath(), "el ejercicio demostrativo " + id);
        return new ExerciseView(row.id(), row.jurisdictionId(), row.bodyId(), row.code(), row.name(), row.objective(),
                row.territoryId(), row.territoryName(), row.territoryPath(), row.sectors(), row.actors(), row.status(),
                row.startDate(), row.endDate(), row.evaluation(), row.version(), milestones(id), notes(id));
    }

    public PageResult<ExerciseView> list(Jurisdiction j, CurrentUser user, PageRequest page) {
        String where = " where " + Access.visibleSql("e");
        long total = jdbc.sql("select count(*) from gov_exercise e" + where).param("j", j.id())
                .param("prefix", access.prefix(user))
                .query(Long.class).single();
        List<ExerciseView> items = jdbc
                .sql(SELECT + where + " order by e.start_date desc nulls last, e.name limit :l offset :o")
                .param("j", j.id()).param("prefix", access.prefix(user)).param("l", page.size())
                .param("o", page.offset())
                .query((rs, n) -> map(rs, false)).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Transactional
    public ExerciseView create(ExerciseForm f, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(f.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();
        if (f.code() == null || f.code().isBlank()) {
            errors.add(new FieldError("code", "El código es obligatorio."));
        } else if (jdbc
                .sql("select exists(select 1 from gov_exercise where jurisdiction_id = :j and lower(code) = lower(:c))")
                .param("j", j.id()).param("c", f.code().strip()).query(Boolean.class).single()) {
            errors.add(new FieldError("code", "Ya existe un ejercicio con el código " + f.code().strip() + "."));
        }
        if (f.name() == null || f.name().isBlank()) {
            errors.add(new FieldError("name", "El nombre es obligatorio."));
        }
        if (f.objective() == null || f.objective().isBlank()) {
            errors.add(new FieldError("objective", "Escriba el objetivo del ejercicio."));
        }
        TerritoryView t = f.territoryCode() == null ? null
                : territories.byCode(j.id(), f.territoryCode().strip()).orElse(null);
        if (t == null) {
            errors.add(new FieldError("territoryCode", "Indique un territorio existente (código)."));
        }
        Long bodyId = null;
        if (f.bodyCode() != null && !f.bodyCode().isBlank()) {
            bodyId = bodies.byCode(j.id(), f.bodyCode()).map(BodyReadModel.BodyView::id).orElse(null);
            if (bodyId == null) {
                errors.add(new FieldError("bodyCode", "No existe la instancia " + f.bodyCode().strip() + "."));
            }
        }
        Set<Long> actorIds = new LinkedHashSet<>();
        Set<String> sectors = new LinkedHashSet<>();
        for (String code : f.actorCodes() == null ? List.<String>of() : f.actorCodes()) {
            if (code != null && !code.isBlank()) {
                ActorSummary a = actors.byCode(j.id(), code).orElse(null);
                if (a == null) {
                    errors.add(new FieldError("actorCodes", "No existe el actor " + code.strip() + "."));
                } else {
                    actorIds.add(a.id());
                    a.sectors().forEach(s -> sectors.add(s.name()));
                }
            }
        }
        for (String s : f.sectors() == null ? List.<String>of() : f.sectors()) {
            if (s != null && !s.isBlank()) {
                Sector.parse(s).ifPresentOrElse(x -> sectors.add(x.name()),
                        () -> errors.add(new FieldError("sectors", "El sector '" + s + "' no existe.")));
            }
        }
        if (f.startDate() != null && f.endDate() != null && f.endDate().isBefore(f.startDate())) {
            errors.add(new FieldError("endDate", "La fecha de fin es anterior a la de inicio."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        access.requireEditor(user, j.id(), t.path(), "ejercicios en " + t.name());
        long id = jdbc.sql("""
                insert into gov_exercise (jurisdiction_id, body_id, code, name, objective, territory_id, territory_path,
                  sectors, status, start_date, end_date)
                values (:j, :b, :c, :n, :o, :t, :p, :s, :st, :sd, :ed) returning id""")
                .param("j", j.id()).param("b", bodyId).param("c", f.code().strip()).param("n", f.name().strip())
                .param("o", f.objective().strip()).param("t", t.id()).param("p", t.path())
                .param("s", sectors.toArray(new String[0]))
                .param("st",
                        f.startDate() != null && !f.startDate().isAfter(LocalDate.now(j.zoneId())) ? "RUNNING"
                                : "PLANNED")
                .param("sd", f.startDate()).param("ed", f.endDate()).query(Long.class).single();
        actorIds.forEach(a -> jdbc.sql("insert into gov_exercise_actor (exercise_id, actor_id) values (:e, :a)")
                .param("e", id).param("a", a).update());
        ExerciseView e = requireVisible(id, user);
        audit.record("CREATE", "gov_exercise", id, j.id(), "Ejercicio demostrativo " + e.name(), null, e);
        return e;
    }

    private ExerciseView editable(long id, CurrentUser user) {
        ExerciseView e = requireVisible(id, user);
        access.requireEditor(user, e.jurisdictionId(), e.territoryPath(), "el ejercicio " + e.name());
        return e;
    }

    @Transactional
    public ExerciseView addMilestone(long id, MilestoneForm f, CurrentUser user) {
        ExerciseView e = editable(id, user);
        List<FieldError> errors = new ArrayList<>();
        if (f.title() == null || f.title().isBlank()) {
            errors.add(new FieldError("title", "Escriba el hito."));
        }
        if (f.dueDate() == null) {
            errors.add(new FieldError("dueDate", "Indique la fecha del hito."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        jdbc.sql(
                "insert into gov_exercise_milestone (exercise_id, title, due_date, done_on) values (:e, :t, :d, :done)")
                .param("e", id).param("t", f.title().strip()).param("d", f.dueDate()).param("done", f.doneOn())
                .update();
        audit.record("CREATE", "gov_exercise_milestone", id, e.jurisdictionId(),
                "Hito '" + f.title().strip() + "' en " + e.name(), null, f);
        return requireVisible(id, user);
    }

    @Transactional
    public ExerciseView addNote(long id, String note, CurrentUser user) {
        ExerciseView e = editable(id, user);
        if (note == null || note.isBlank()) {
            throw new ValidationException("note", "Escriba la nota de seguimiento.");
        }
        jdbc.sql("insert into gov_exercise_note (exercise_id, note, author) values (:e, :n, :a)").param("e", id)
                .param("n", note.strip()).param("a", user.fullName()).update();
        audit.record("CREATE", "gov_exercise_note", id, e.jurisdictionId(), "Nota de seguimiento en " + e.name(), null,
                note.strip());
        return requireVisible(id, user);
    }

    @Transactional
    public ExerciseView evaluate(long id, EvaluationForm f, CurrentUser user) {
        ExerciseView e = editable(id, user);
        if (f.evaluation() == null || f.evaluation().isBlank()) {
            throw new ValidationException("evaluation", "Escriba la evaluación del ejercicio.");
        }
        if (f.version() == null) {
            throw new ValidationException("version", "Falta la versión del ejercicio que se leyó.");
        }
        int n = jdbc.sql(
                "update gov_exercise set evaluation = :ev, status = 'EVALUATED', version = version + 1 where id = :id and version = :v")
                .param("ev", f.evaluation().strip()).param("id", id).param("v", f.version()).update();
        if (n == 0) {
            throw new ConflictException(
                    "Otra persona cambió el ejercicio mientras usted lo evaluaba. Recargue la página.");
        }
        ExerciseView after = requireVisible(id, user);
        audit.record("UPDATE", "gov_exercise", id, e.jurisdictionId(), "Ejercicio " + e.name() + " evaluado", e, after);
        return after;
    }
}
