package org.minga.participation.internal;

import org.minga.platform.Capability;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.participation.internal.Codes.ActionStatus;
import org.minga.participation.internal.Codes.ContributionKind;
import org.minga.participation.internal.Codes.Stage;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.NotFoundException;
import org.minga.platform.Notifications;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.minga.participation.internal.Codes.blankToNull;

/**
 * Contributions from spaces and surveys, grouped when they say the same thing and turned into improvement actions
 * tracked to done; the devolución of a space; participation figures over time.
 */
@Service
class ContributionService {

    record ContributionCommand(Long spaceId, Long surveyId, String kind, String text, String theme, String serviceName,
            String stage, Long territoryId, String territoryCode) {
    }

    record ContributionView(long id, long jurisdictionId, Long spaceId, String spaceTitle, Long surveyId, String kind,
            String text, String theme, String serviceName, String stage, long territoryId,
            String territoryName, Long groupedInto, Long actionId, String actionTitle, String actionStatus,
            String answer, int version) {
    }

    record ActionCommand(String title, String description, String owner, LocalDate dueOn, Long territoryId,
            String territoryCode, String status, String result, Integer version) {
    }

    record ActionView(long id, long jurisdictionId, String title, String description, String owner, LocalDate dueOn,
            String status, LocalDate doneOn, String result, long territoryId, String territoryName,
            long contributions, boolean overdue, int version) {
    }

    record DevolutionLine(long contributionId, String kind, String text, String theme, String stage, String actionTitle,
            String actionStatus, String owner, LocalDate dueOn, LocalDate doneOn, String result, String answer) {
    }

    record Figure(String process, String territory, String period, long spaces, long people, long responses,
            long contributions, long withAction, long done) {

        public int shareWithAction() {
            return contributions == 0 ? 0 : (int) Math.round(100.0 * withAction / contributions);
        }

        public int shareDone() {
            return contributions == 0 ? 0 : (int) Math.round(100.0 * done / contributions);
        }
    }

    record ContributionFilter(Long spaceId, Long surveyId, String kind, String theme, String stage,
            Boolean withoutAction) {
    }

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final SpaceService spaces;
    private final AuditLog audit;
    private final Notifications notifications;

    ContributionService(JdbcClient jdbc, Scopes scopes, SpaceService spaces, AuditLog audit,
            Notifications notifications) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.spaces = spaces;
        this.audit = audit;
        this.notifications = notifications;
    }

    @Transactional
    ContributionView create(ContributionCommand c, String jurisdictionCode, CurrentUser user) {
        scopes.requireWriter(user);
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = null;
        if (c.spaceId() != null) {
            SpaceService.SpaceView s = spaces.get(c.spaceId(), user);
            t = c.territoryId() == null && blankToNull(c.territoryCode()) == null ? scopes.territory(s.territoryId())
                    : scopes.territory(c.territoryId(), c.territoryCode(),
                            scopes.jurisdiction(s.jurisdictionId()).code(), user,
                            "territoryId", errors);
        } else if (c.surveyId() != null) {
            Map<String, Object> row = jdbc
                    .sql("select jurisdiction_id, territory_id, territory_path from survey where id = :id")
                    .param("id", c.surveyId()).query().listOfRows().stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("La encuesta " + c.surveyId() + " no existe."));
            scopes.requireVisible(((Number) row.get("jurisdiction_id")).longValue(), (String) row.get("territory_path"),
                    user,
                    "La encuesta " + c.surveyId());
            t = c.territoryId() == null && blankToNull(c.territoryCode()) == null
                    ? scopes.territory(((Number) row.get("territory_id")).longValue())
                    : scopes.territory(c.territoryId(), c.territoryCode(),
                            scopes.jurisdiction(((Number) row.get("jurisdiction_id")).longValue()).code(),
                            user, "territoryId", errors);
        } else {
            errors.add(new FieldError("spaceId", "Un aporte viene de un espacio o de una encuesta: indique cuál."));
        }
        ContributionKind kind = Codes.parse(ContributionKind.class, c.kind());
        if (kind == null) {
            errors.add(new FieldError("kind",
                    "El tipo de aporte debe ser NEED (necesidad), SUGGESTION (sugerencia), COMPLAINT (queja) o IDEA."));
        }
        if (blankToNull(c.text()) == null || c.text().length() > 2000) {
            errors.add(new FieldError("text", "Escriba el aporte (hasta 2.000 caracteres)."));
        }
        Stage stage = null;
        if (blankToNull(c.stage()) != null) {
            stage = Codes.parse(Stage.class, c.stage());
            if (stage == null) {
                errors.add(new FieldError("stage",
                        "La etapa debe ser llegada, asignación de turno o cita, espera, atención o respuesta."));
            }
        }
        if (c.theme() != null && c.theme().length() > 120) {
            errors.add(new FieldError("theme", "El tema admite 120 caracteres."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into contribution (jurisdiction_id, space_id, survey_id, kind, text, theme, service_name, stage,
                  territory_id, territory_path, created_by)
                values (:j, :s, :sv, :k, :t, :th, :sn, :st, :ter, :p, :u) returning id""")
                .param("j", t.jurisdictionId()).param("s", c.spaceId())
                .param("sv", c.spaceId() == null ? c.surveyId() : null)
                .param("k", kind.name()).param("t", c.text().strip()).param("th", blankToNull(c.theme()))
                .param("sn", blankToNull(c.serviceName())).param("st", stage == null ? null : stage.name())
                .param("ter", t.id()).param("p", t.path()).param("u", user.username()).query(Long.class).single();
        ContributionView v = view(id);
        audit.record("CREATE", "Contribution", id, v.jurisdictionId(), "Aporte: " + abbreviate(v.text()), null, v);
        return v;
    }

    private static final String SELECT = """
            select c.*, t.name as territory_name, s.title as space_title, a.title as action_title, a.status as action_status
            from contribution c join territory t on t.id = c.territory_id
            left join participation_space s on s.id = c.space_id
            left join improvement_action a on a.id = c.action_id""";

    ContributionView view(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ContributionService::row).optional()
                .orElseThrow(() -> new NotFoundException("El aporte " + id + " no existe."));
    }

    ContributionView get(long id, CurrentUser user) {
        ContributionView v = view(id);
        scopes.requireVisible(v.jurisdictionId(), scopes.territory(v.territoryId()).path(), user, "El aporte " + id);
        return v;
    }

    private static ContributionView row(ResultSet rs, int n) throws SQLException {
        return new ContributionView(rs.getLong("id"), rs.getLong("jurisdiction_id"), (Long) rs.getObject("space_id"),
                rs.getString("space_title"), (Long) rs.getObject("survey_id"), rs.getString("kind"),
                rs.getString("text"),
                rs.getString("theme"), rs.getString("service_name"), rs.getString("stage"), rs.getLong("territory_id"),
                rs.getString("territory_name"), (Long) rs.getObject("grouped_into"), (Long) rs.getObject("action_id"),
                rs.getString("action_title"), rs.getString("action_status"), rs.getString("answer"),
                rs.getInt("version"));
    }

    PageResult<ContributionView> list(ContributionFilter f, CurrentUser user, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder w = new StringBuilder(scopes.where("c", user, params));
        if (f.spaceId() != null) {
            w.append(" and c.space_id = :sp");
            params.put("sp", f.spaceId());
        }
        if (f.surveyId() != null) {
            w.append(" and c.survey_id = :sv");
            params.put("sv", f.surveyId());
        }
        if (blankToNull(f.kind()) != null) {
            ContributionKind k = Codes.parse(ContributionKind.class, f.kind());
            if (k == null) {
                throw new ValidationException("kind", "El tipo de aporte '" + f.kind() + "' no existe: use "
                        + Codes.allowed(ContributionKind.class) + ".");
            }
            w.append(" and c.kind = :k");
            params.put("k", k.name());
        }
        if (blankToNull(f.theme()) != null) {
            w.append(" and c.theme = :th");
            params.put("th", f.theme().strip());
        }
        if (blankToNull(f.stage()) != null) {
            Stage st = Codes.parse(Stage.class, f.stage());
            if (st == null) {
                throw new ValidationException("stage", "La etapa '" + f.stage() + "' no existe.");
            }
            w.append(" and c.stage = :st");
            params.put("st", st.name());
        }
        if (Boolean.TRUE.equals(f.withoutAction())) {
            w.append(" and c.action_id is null");
        }
        long total = jdbc.sql("select count(*) from contribution c" + w).params(params).query(Long.class).single();
        List<ContributionView> items = jdbc
                .sql(SELECT + w + " order by coalesce(c.grouped_into, c.id) desc, c.id limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(ContributionService::row)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Groups a contribution with another that says the same thing; the group shares the main one's action. */
    @Transactional
    ContributionView group(long id, long intoId, CurrentUser user) {
        scopes.requireWriter(user);
        ContributionView c = get(id, user);
        ContributionView into = get(intoId, user);
        if (id == intoId) {
            throw new ValidationException("intoId", "Un aporte no se agrupa consigo mismo.");
        }
        if (c.jurisdictionId() != into.jurisdictionId()) {
            throw new ValidationException("intoId", "Solo se agrupan aportes de la misma jurisdicción.");
        }
        long main = into.groupedInto() == null ? into.id() : into.groupedInto();
        if (main == id) {
            throw new ValidationException("intoId", "El aporte " + intoId + " ya está agrupado en este.");
        }
        Long action = view(main).actionId();
        jdbc.sql("update contribution set grouped_into = :m, action_id = coalesce(:a, action_id), version = version + 1"
                + " where id = :id or grouped_into = :id")
                .param("m", main).param("a", action).param("id", id).update();
        ContributionView after = view(id);
        audit.record("GROUP", "Contribution", id, c.jurisdictionId(), "Aporte " + id + " agrupado con " + main, c,
                after);
        return after;
    }

    @Transactional
    ContributionView answer(long id, String answer, Integer version, CurrentUser user) {
        scopes.requireWriter(user);
        ContributionView c = get(id, user);
        if (answer != null && answer.length() > 2000) {
            throw new ValidationException("answer", "La respuesta al aporte admite 2.000 caracteres.");
        }
        int n = jdbc.sql("update contribution set answer = :a, version = version + 1 where id = :id and version = :v")
                .param("a", blankToNull(answer)).param("id", id).param("v", version == null ? c.version() : version)
                .update();
        if (n == 0) {
            throw new ConflictException("El aporte cambió mientras lo editaba: recargue la página.");
        }
        ContributionView after = view(id);
        audit.record("ANSWER", "Contribution", id, c.jurisdictionId(), "Respuesta al aporte " + id, c, after);
        return after;
    }

    /** Turns a contribution (and the contributions grouped with it) into an improvement action: a new one or an existing one. */
    @Transactional
    ContributionView toAction(long contributionId, Long actionId, ActionCommand newAction, CurrentUser user) {
        scopes.requireWriter(user);
        ContributionView c = get(contributionId, user);
        ActionView a;
        if (actionId != null) {
            a = getAction(actionId, user);
            if (a.jurisdictionId() != c.jurisdictionId()) {
                throw new ValidationException("actionId", "La acción de mejora es de otra jurisdicción.");
            }
        } else if (newAction != null) {
            ActionCommand cmd = newAction.territoryId() == null && blankToNull(newAction.territoryCode()) == null
                    ? new ActionCommand(newAction.title(), newAction.description(), newAction.owner(),
                            newAction.dueOn(),
                            c.territoryId(), null, newAction.status(), newAction.result(), null)
                    : newAction;
            a = createAction(cmd, scopes.jurisdiction(c.jurisdictionId()).code(), user);
        } else {
            throw new ValidationException("actionId", "Elija una acción de mejora o describa una nueva.");
        }
        long main = c.groupedInto() == null ? c.id() : c.groupedInto();
        jdbc.sql("update contribution set action_id = :a, version = version + 1 where id = :m or grouped_into = :m")
                .param("a", a.id()).param("m", main).update();
        ContributionView after = view(contributionId);
        audit.record("LINK", "Contribution", contributionId, c.jurisdictionId(),
                "Aporte convertido en la acción de mejora «"
                        + a.title() + "»",
                c, after);
        return after;
    }

    // ---- improvement actions ----

    @Transactional
    ActionView createAction(ActionCommand c, String jurisdictionCode, CurrentUser user) {
        scopes.requireWriter(user);
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = scopes.territory(c.territoryId(), c.territoryCode(), jurisdictionCode, user, "territoryId",
                errors);
        checkAction(c, errors);
        ActionStatus st = c.status() == null ? ActionStatus.PLANNED : Codes.parse(ActionStatus.class, c.status());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate today = LocalDate.now(scopes.jurisdiction(t.jurisdictionId()).zoneId());
        long id = jdbc
                .sql("""
                        insert into improvement_action (jurisdiction_id, title, description, owner, due_on, status, done_on, result,
                          territory_id, territory_path, created_by)
                        values (:j, :t, :d, :o, :due, :s, :done, :r, :ter, :p, :u) returning id""")
                .param("j", t.jurisdictionId()).param("t", c.title().strip()).param("d", blankToNull(c.description()))
                .param("o", c.owner().strip()).param("due", c.dueOn()).param("s", st.name())
                .param("done", st == ActionStatus.DONE ? today : null).param("r", blankToNull(c.result()))
                .param("ter", t.id()).param("p", t.path()).param("u", user.username()).query(Long.class).single();
        ActionView v = action(id);
        audit.record("CREATE", "ImprovementAction", id, v.jurisdictionId(), "Acción de mejora " + v.title(), null, v);
        notifications.notifyCovering(t.jurisdictionId(), t.path(), Capability.RUN_PARTICIPATION,
                Notifications.Notification.of("participation.action",
                        "Nueva acción de mejora: " + abbreviate(v.title()),
                        "Responsable: " + v.owner() + ". Fecha límite: " + v.dueOn() + ".",
                        "/participation/actions", t.jurisdictionId()).withKey("improvement-action:" + id));
        return v;
    }

    private static void checkAction(ActionCommand c, List<FieldError> errors) {
        if (blankToNull(c.title()) == null || c.title().length() > 300) {
            errors.add(new FieldError("title", "Describa la acción de mejora (hasta 300 caracteres)."));
        }
        if (blankToNull(c.owner()) == null || c.owner().length() > 200) {
            errors.add(new FieldError("owner", "Indique el responsable de la acción (hasta 200 caracteres)."));
        }
        if (c.dueOn() == null) {
            errors.add(new FieldError("dueOn", "Indique la fecha límite de la acción."));
        }
        if (c.status() != null && Codes.parse(ActionStatus.class, c.status()) == null) {
            errors.add(new FieldError("status",
                    "El estado debe ser PLANNED (planeada), IN_PROGRESS (en curso), DONE (hecha) o DISCARDED (descartada)."));
        }
        if (c.description() != null && c.description().length() > 2000) {
            errors.add(new FieldError("description", "La descripción admite 2.000 caracteres."));
        }
        if (c.result() != null && c.result().length() > 2000) {
            errors.add(new FieldError("result", "El resultado admite 2.000 caracteres."));
        }
    }

    @Transactional
    ActionView updateAction(long id, ActionCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        ActionView before = getAction(id, user);
        ActionCommand merged = new ActionCommand(c.title() == null ? before.title() : c.title(),
                c.description() == null ? before.description() : c.description(),
                c.owner() == null ? before.owner() : c.owner(),
                c.dueOn() == null ? before.dueOn() : c.dueOn(), null, null,
                c.status() == null ? before.status() : c.status(),
                c.result() == null ? before.result() : c.result(), c.version());
        List<FieldError> errors = new ArrayList<>();
        checkAction(merged, errors);
        if (c.version() == null) {
            errors.add(new FieldError("version", "Envíe la versión que leyó."));
        }
        ActionStatus st = Codes.parse(ActionStatus.class, merged.status());
        if (st == ActionStatus.DONE && blankToNull(merged.result()) == null) {
            errors.add(new FieldError("result",
                    "Para dar la acción por hecha, cuente qué se hizo (se publica en la devolución)."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate today = LocalDate.now(scopes.jurisdiction(before.jurisdictionId()).zoneId());
        int n = jdbc.sql("""
                update improvement_action set title = :t, description = :d, owner = :o, due_on = :due, status = :s,
                  done_on = :done, result = :r, version = version + 1 where id = :id and version = :v""")
                .param("t", merged.title().strip()).param("d", blankToNull(merged.description()))
                .param("o", merged.owner().strip())
                .param("due", merged.dueOn()).param("s", st.name())
                .param("done", st == ActionStatus.DONE ? (before.doneOn() == null ? today : before.doneOn()) : null)
                .param("r", blankToNull(merged.result())).param("id", id).param("v", c.version()).update();
        if (n == 0) {
            throw new ConflictException("La acción de mejora cambió mientras la editaba (versión " + c.version()
                    + "): recargue la página.");
        }
        ActionView after = action(id);
        audit.record("UPDATE", "ImprovementAction", id, after.jurisdictionId(),
                "Acción de mejora " + after.title() + ": "
                        + after.status(),
                before, after);
        if (st == ActionStatus.DONE && !before.status().equals("DONE")) {
            // the people who took part are waiting for the devolución
            notifications.notifyCovering(after.jurisdictionId(), scopes.territory(after.territoryId()).path(),
                    Capability.RUN_PARTICIPATION,
                    Notifications.Notification
                            .of("participation.action.done", "Acción de mejora hecha: " + abbreviate(after.title()),
                                    "Publique la devolución de los espacios de donde vinieron sus aportes.",
                                    "/participation/actions",
                                    after.jurisdictionId())
                            .withKey("improvement-action:" + id + ":done"));
        }
        return after;
    }

    private static final String ACTION_SELECT = """
            select a.*, t.name as territory_name, (select count(*) from contribution c where c.action_id = a.id) as contributions,
              (select (now() at time zone jz.time_zone)::date from jurisdiction jz where jz.id = a.jurisdiction_id) as today
            from improvement_action a join territory t on t.id = a.territory_id""";

    ActionView action(long id) {
        return jdbc.sql(ACTION_SELECT + " where a.id = :id").param("id", id).query(this::actionRow).optional()
                .orElseThrow(() -> new NotFoundException("La acción de mejora " + id + " no existe."));
    }

    ActionView getAction(long id, CurrentUser user) {
        ActionView a = action(id);
        scopes.requireVisible(a.jurisdictionId(), scopes.territory(a.territoryId()).path(), user,
                "La acción de mejora " + id);
        return a;
    }

    private ActionView actionRow(ResultSet rs, int n) throws SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        String status = rs.getString("status");
        boolean open = status.equals("PLANNED") || status.equals("IN_PROGRESS");
        return new ActionView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("title"),
                rs.getString("description"),
                rs.getString("owner"), due, status, rs.getObject("done_on", LocalDate.class), rs.getString("result"),
                rs.getLong("territory_id"), rs.getString("territory_name"), rs.getLong("contributions"),
                open && due.isBefore(rs.getObject("today", LocalDate.class)), rs.getInt("version"));
    }

    PageResult<ActionView> actions(String status, Boolean overdue, CurrentUser user, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder w = new StringBuilder(scopes.where("a", user, params));
        if (blankToNull(status) != null) {
            ActionStatus st = Codes.parse(ActionStatus.class, status);
            if (st == null) {
                throw new ValidationException("status",
                        "El estado '" + status + "' no existe: use " + Codes.allowed(ActionStatus.class) + ".");
            }
            w.append(" and a.status = :st");
            params.put("st", st.name());
        }
        if (Boolean.TRUE.equals(overdue)) {
            w.append(
                    " and a.status in ('PLANNED', 'IN_PROGRESS') and a.due_on < (select (now() at time zone jz.time_zone)::date from jurisdiction jz where jz.id = a.jurisdiction_id)");
        }
        long total = jdbc.sql("select count(*) from improvement_action a" + w).params(params).query(Long.class)
                .single();
        List<ActionView> items = jdbc
                .sql(ACTION_SELECT + w + " order by a.status = 'DONE', a.due_on, a.id limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(this::actionRow).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    // ---- devolución ----

    /** What was done with every contribution of a space (no scope check: callers check it, or the devolución is public). */
    List<DevolutionLine> devolution(long spaceId) {
        return jdbc
                .sql("""
                        select c.id, c.kind, c.text, c.theme, c.stage, c.answer, a.title, a.status, a.owner, a.due_on, a.done_on, a.result
                        from contribution c left join improvement_action a on a.id = c.action_id
                        where c.space_id = :s order by c.kind, c.id limit 2000""")
                .param("s", spaceId)
                .query((rs, n) -> new DevolutionLine(rs.getLong("id"), rs.getString("kind"), rs.getString("text"),
                        rs.getString("theme"), rs.getString("stage"), rs.getString("title"), rs.getString("status"),
                        rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("done_on", LocalDate.class),
                        rs.getString("result"), rs.getString("answer")))
                .list();
    }

    // ---- figures ----

    /**
     * Participation figures per process or per territory (at {@code level}, e.g. localidad) and per year: spaces held,
     * people (attendance plus survey responses), contributions, and how many were turned into actions and done.
     */
    List<Figure> figures(String by, String level, CurrentUser user) {
        Map<String, Object> params = new LinkedHashMap<>();
        boolean byTerritory = "territory".equalsIgnoreCase(by);
        String w = scopes.where("e", user, params);
        String groupExpr = "e.process";
        String join = "";
        if (byTerritory) {
            if (blankToNull(level) != null) {
                join = " left join lateral (select g.name from territory g join territory_level l on l.id = g.level_id"
                        + " where l.code = :level and g.jurisdiction_id = e.jurisdiction_id and e.territory_path like g.path || '%'"
                        + " limit 1) g on true";
                params.put("level", level.strip());
                groupExpr = "coalesce(g.name, '(otro nivel)')";
            } else {
                join = " join territory g on g.id = e.territory_id";
                groupExpr = "g.name";
            }
        }
        String events = """
                select s.jurisdiction_id, s.territory_id, s.territory_path, s.process, extract(year from s.held_on)::int as y,
                  1 as spaces, s.counted_attendance + (select count(*) from space_invitation i where i.space_id = s.id and i.attended) as people,
                  0 as responses,
                  (select count(*) from contribution c where c.space_id = s.id) as contributions,
                  (select count(*) from contribution c where c.space_id = s.id and c.action_id is not null) as with_action,
                  (select count(*) from contribution c join improvement_action a on a.id = c.action_id
                     where c.space_id = s.id and a.status = 'DONE') as done
                from participation_space s
                union all
                select v.jurisdiction_id, v.territory_id, v.territory_path, v.process, extract(year from r.answered_at at time zone jz.time_zone)::int, 0,
                  count(*), count(*), 0, 0, 0
                from survey_response r join survey v on v.id = r.survey_id join jurisdiction jz on jz.id = v.jurisdiction_id
                group by v.jurisdiction_id, v.territory_id, v.territory_path, v.process, extract(year from r.answered_at at time zone jz.time_zone)::int
                union all
                select v.jurisdiction_id, v.territory_id, v.territory_path, v.process, extract(year from c.created_at at time zone jz.time_zone)::int, 0, 0, 0,
                  count(*), count(c.action_id), count(*) filter (where a.status = 'DONE')
                from contribution c join survey v on v.id = c.survey_id join jurisdiction jz on jz.id = v.jurisdiction_id left join improvement_action a on a.id = c.action_id
                group by v.jurisdiction_id, v.territory_id, v.territory_path, v.process, extract(year from c.created_at at time zone jz.time_zone)::int""";
        return jdbc
                .sql("select " + groupExpr
                        + " as grp, e.y, sum(e.spaces), sum(e.people), sum(e.responses), sum(e.contributions),"
                        + " sum(e.with_action), sum(e.done) from (" + events + ") e" + join + w
                        + " group by 1, 2 order by 1, 2 limit 2000")
                .params(params)
                .query((rs, n) -> new Figure(byTerritory ? null : rs.getString(1), byTerritory ? rs.getString(1) : null,
                        String.valueOf(rs.getInt(2)), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)))
                .list();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
