package org.minga.household.internal;

import org.minga.privacy.PersonalRecord;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.minga.platform.Capability;
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
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alert rules and alerts, family care plans, and field teams with their workload. */
@Service
class CareService {

    static final Set<String> SEVERITIES = Set.of("BAJA", "MEDIA", "ALTA", "CRITICA");
    static final Set<String> ALERT_STATUSES = Set.of("ABIERTA", "EN_GESTION", "CERRADA");
    static final Set<String> RESPONSIBLES = Set.of("FAMILIA", "EQUIPO", "ENTIDAD");
    static final Set<String> ACTION_STATUSES = Set.of("PENDIENTE", "EN_CURSO", "CUMPLIDA", "NO_CUMPLIDA");

    record RuleCommand(String jurisdiction, String code, String name, String kind, Map<String, Object> params,
                       String severity, Integer dueDays) {
    }

    record RuleView(long id, long jurisdictionId, String code, String name, String kind, Map<String, Object> params,
                    String severity, int dueDays, boolean active, int version) {
    }

    record RuleUpdate(String name, Map<String, String> params, String severity, Integer dueDays, boolean active,
                      Integer version) {
    }

    record AlertView(long id, long jurisdictionId, long ruleId, String ruleName, long householdId, String householdCode,
                     Long personId, String severity, Long fieldTeamId, String fieldTeamName, String status, String detail,
                     LocalDate dueOn, OffsetDateTime createdAt, OffsetDateTime closedAt, String closingNote,
                     boolean overdue, int version) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(householdId, jurisdictionId).person(personId, jurisdictionId);
        }

    }

    record AlertUpdate(String status, String note, Long fieldTeamId, Integer version) {
    }

    record ActionCommand(String need, String action, String responsibleType, String responsibleName, LocalDate startOn,
                         LocalDate dueOn, String status) {
    }

    record CarePlanCommand(Long householdId, LocalDate openedOn, List<ActionCommand> actions) {
    }

    record ActionView(long id, String need, String action, String responsibleType, String responsibleName,
                      LocalDate startOn, LocalDate dueOn, String status, int version) {
    }

    record VisitCommand(LocalDate visitedOn, String notes, LocalDate nextVisitOn) {
    }

    record VisitView(long id, LocalDate visitedOn, String notes, LocalDate nextVisitOn, String createdBy) {
    }

    record CarePlanView(long id, long jurisdictionId, long householdId, String householdCode, String status,
                        LocalDate openedOn, LocalDate closedOn, List<ActionView> actions, List<VisitView> visits,
                        int version) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(householdId, jurisdictionId);
        }

    }

    record TeamCommand(String jurisdiction, String code, String name, List<Member> members, List<String> territoryCodes) {
    }

    record Member(String name, String role, String username) {
    }

    record TeamView(long id, long jurisdictionId, String code, String name, List<Member> members,
                    List<String> territories, int version) {
    }

    record WorkloadRow(long householdId, String code, String territoryName, String address, boolean priority,
                       int openAlerts, LocalDate nextVisitOn, boolean visitDue) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(householdId, null);
        }

    }

    record Workload(TeamView team, long households, long priorityHouseholds, long openAlerts, long visitsDue,
                    List<WorkloadRow> rows) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final PersonService persons;
    private final AlertEngine engine;
    private final AuditLog audit;

    CareService(JdbcClient jdbc, ObjectMapper json, Jurisdictions jurisdictions, Territories territories,
                PersonService persons, AlertEngine engine, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
        this.persons = persons;
        this.engine = engine;
        this.audit = audit;
    }

    // ------------------------------------------------------------ rules and alerts

    @Transactional
    RuleView createRule(RuleCommand c, CurrentUser user) {
        CharacterizationService.requireDesigner(user);
        Jurisdiction j = persons.jurisdiction(c.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();
        if (c.code() == null || !c.code().strip().matches("[A-Za-z0-9_-]{1,40}")) {
            errors.add(new FieldError("code", "El código de la regla es obligatorio (letras, dígitos, guion; máximo 40)."));
        }
        if (c.name() == null || c.name().isBlank()) {
            errors.add(new FieldError("name", "El nombre de la regla es obligatorio."));
        }
        if (c.kind() == null || !AlertEngine.KINDS.contains(c.kind())) {
            errors.add(new FieldError("kind", "El tipo de regla debe ser uno de " + String.join(", ", new java.util.TreeSet<>(AlertEngine.KINDS)) + "."));
        }
        if (c.severity() == null || !SEVERITIES.contains(c.severity())) {
            errors.add(new FieldError("severity", "La severidad debe ser BAJA, MEDIA, ALTA o CRITICA."));
        }
        if (c.dueDays() != null && (c.dueDays() < 1 || c.dueDays() > 365)) {
            errors.add(new FieldError("dueDays", "El plazo de atención debe estar entre 1 y 365 días."));
        }
        if (errors.isEmpty() && jdbc.sql("select count(*) from alert_rule where jurisdiction_id = :j and code = :c")
                .param("j", j.id()).param("c", c.code().strip()).query(Long.class).single() > 0) {
            errors.add(new FieldError("code", "Ya existe una regla con el código " + c.code().strip() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                        insert into alert_rule (jurisdiction_id, code, name, kind, params, severity, due_days)
                        values (:j, :c, :n, :k, cast(:p as jsonb), :s, :d) returning id""")
                .param("j", j.id()).param("c", c.code().strip()).param("n", c.name().strip()).param("k", c.kind())
                .param("p", write(c.params() == null ? Map.of() : c.params())).param("s", c.severity())
                .param("d", c.dueDays() == null ? 15 : c.dueDays()).query(Long.class).single();
        RuleView v = rules(j.id()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        audit.record("CREATE", "AlertRule", id, j.id(), "Regla de alerta " + v.code(), null, v);
        return v;
    }

    List<RuleView> rules(long jurisdictionId) {
        return jdbc.sql("select * from alert_rule where jurisdiction_id = :j order by code").param("j", jurisdictionId)
                .query((rs, n) -> new RuleView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("kind"), engine.map(rs.getString("params")),
                        rs.getString("severity"), rs.getInt("due_days"), rs.getBoolean("active"), rs.getInt("version"))).list();
    }

    RuleView rule(long id, CurrentUser user) {
        long j = jdbc.sql("select jurisdiction_id from alert_rule where id = :id").param("id", id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("La regla de alerta " + id + " no existe."));
        if (!user.seesJurisdiction(j)) {
            throw new ForbiddenException("La regla de alerta está fuera de su jurisdicción.");
        }
        return rules(j).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Changes a rule's name, parameters (those of its kind), severity, due days and active flag. */
    @Transactional
    RuleView updateRule(long id, RuleUpdate u, CurrentUser user) {
        CharacterizationService.requireDesigner(user);
        RuleView before = rule(id, user);
        List<FieldError> errors = new ArrayList<>();
        if (u.name() == null || u.name().isBlank() || u.name().length() > 200) {
            errors.add(new FieldError("name", "El nombre de la regla es obligatorio (máximo 200 caracteres)."));
        }
        if (u.severity() == null || !SEVERITIES.contains(u.severity())) {
            errors.add(new FieldError("severity", "La severidad debe ser BAJA, MEDIA, ALTA o CRITICA."));
        }
        if (u.dueDays() == null || u.dueDays() < 1 || u.dueDays() > 365) {
            errors.add(new FieldError("dueDays", "El plazo de atención debe estar entre 1 y 365 días."));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (AlertEngine.Param p : AlertEngine.PARAMS.getOrDefault(before.kind(), List.of())) {
            String raw = u.params() == null ? null : u.params().get(p.name());
            String field = "params." + p.name();
            if (raw == null || raw.isBlank()) {
                errors.add(new FieldError(field, p.label() + ": el valor es obligatorio."));
            } else if (p.numeric()) {
                try {
                    java.math.BigDecimal n = new java.math.BigDecimal(raw.strip().replace(',', '.'));
                    if (n.signum() < 0 || n.compareTo(java.math.BigDecimal.valueOf(p.max())) > 0) {
                        errors.add(new FieldError(field, p.label() + ": debe estar entre 0 y " + p.max() + "."));
                    } else {
                        params.put(p.name(), n.stripTrailingZeros().scale() <= 0 ? (Object) n.intValueExact() : n);
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    errors.add(new FieldError(field, p.label() + ": '" + raw + "' no es un número."));
                }
            } else if (!raw.strip().matches("[a-z][a-z0-9_]{0,39}")) {
                errors.add(new FieldError(field, p.label() + ": escriba el código de una pregunta (minúsculas, sin espacios)."));
            } else {
                params.put(p.name(), raw.strip());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql("""
                        update alert_rule set name = :n, params = cast(:p as jsonb), severity = :s, due_days = :d, active = :a,
                          version = version + 1 where id = :id and version = :v""")
                .param("n", u.name().strip()).param("p", write(params)).param("s", u.severity()).param("d", u.dueDays())
                .param("a", u.active()).param("id", id).param("v", u.version() == null ? -1 : u.version()).update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó esta regla; recargue la página.");
        }
        RuleView after = rule(id, user);
        audit.record("UPDATE", "AlertRule", id, before.jurisdictionId(), "Regla de alerta " + before.code(), before, after);
        return after;
    }

    /** Re-runs every rule over the households of the user's scope in the jurisdiction. */
    @Transactional
    int rerun(String jurisdiction, CurrentUser user) {
        PersonService.requireWriter(user);
        Jurisdiction j = persons.jurisdiction(jurisdiction, user);
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        List<Long> ids = jdbc.sql("select id from household where jurisdiction_id = :j and territory_path like :p order by id")
                .param("j", j.id()).param("p", scope.likePattern()).query(Long.class).list();
        int opened = 0;
        for (long id : ids) {
            opened += engine.evaluateHousehold(id);
        }
        audit.record("RERUN", "AlertRule", null, j.id(), "Reglas de alerta ejecutadas sobre " + ids.size()
                + " hogares: " + opened + " alertas nuevas", null, null);
        return opened;
    }

    static final String ALERT_SELECT = """
            select a.*, r.name as rule_name, h.code as household_code, ft.name as team_name from alert a
            join alert_rule r on r.id = a.rule_id join household h on h.id = a.household_id
            left join field_team ft on ft.id = a.field_team_id""";

    static AlertView alertView(ResultSet rs, int n) throws SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        String status = rs.getString("status");
        return new AlertView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getLong("rule_id"), rs.getString("rule_name"),
                rs.getLong("household_id"), rs.getString("household_code"), (Long) rs.getObject("person_id"),
                rs.getString("severity"), (Long) rs.getObject("field_team_id"), rs.getString("team_name"), status,
                rs.getString("detail"), due, rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getString("closing_note"),
                !"CERRADA".equals(status) && org.minga.platform.Times.todayIn(rs.getLong("jurisdiction_id")).isAfter(due), rs.getInt("version"));
    }

    PageResult<AlertView> alerts(Long jurisdictionId, String status, String severity, Long householdId, Long teamId,
                                 CurrentUser user, PageRequest page) {
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        StringBuilder where = new StringBuilder(" where a.territory_path like :scope");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", scope.likePattern());
        Long j = scope.jurisdictionId() != null ? scope.jurisdictionId() : jurisdictionId;
        if (j != null) {
            where.append(" and a.jurisdiction_id = :j");
            params.put("j", j);
        }
        if (status != null && !status.isBlank()) {
            where.append(" and a.status = :st");
            params.put("st", status);
        }
        if (severity != null && !severity.isBlank()) {
            where.append(" and a.severity = :sev");
            params.put("sev", severity);
        }
        if (householdId != null) {
            where.append(" and a.household_id = :h");
            params.put("h", householdId);
        }
        if (teamId != null) {
            where.append(" and a.field_team_id = :t");
            params.put("t", teamId);
        }
        long total = jdbc.sql("select count(*) from alert a" + where).params(params).query(Long.class).single();
        List<AlertView> items = jdbc.sql(ALERT_SELECT + where + " " + """
                         order by case a.status when 'ABIERTA' then 0 when 'EN_GESTION' then 1 else 2 end,
                           case a.severity when 'CRITICA' then 0 when 'ALTA' then 1 when 'MEDIA' then 2 else 3 end, a.due_on, a.id
                         limit :l offset :o""")
                .params(params).param("l", page.size()).param("o", page.offset()).query(CareService::alertView).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    AlertView alert(long id, CurrentUser user) {
        AlertView a = jdbc.sql(ALERT_SELECT + " where a.id = :id").param("id", id).query(CareService::alertView).optional()
                .orElseThrow(() -> new NotFoundException("La alerta " + id + " no existe."));
        persons.householdRow(a.householdId(), user);
        return a;
    }

    @Transactional
    AlertView updateAlert(long id, AlertUpdate u, CurrentUser user) {
        PersonService.requireWriter(user);
        AlertView before = alert(id, user);
        if (u.status() == null || !ALERT_STATUSES.contains(u.status())) {
            throw new ValidationException("status", "El estado debe ser ABIERTA, EN_GESTION o CERRADA.");
        }
        if ("CERRADA".equals(before.status())) {
            throw new ConflictException("La alerta ya está cerrada.");
        }
        if ("CERRADA".equals(u.status()) && (u.note() == null || u.note().isBlank())) {
            throw new ValidationException("note", "Para cerrar la alerta escriba cómo se gestionó.");
        }
        if (u.fieldTeamId() != null && persons.fieldTeam(before.jurisdictionId(), u.fieldTeamId()).isEmpty()) {
            throw new ValidationException("fieldTeamId", "El equipo " + u.fieldTeamId() + " no existe en la jurisdicción.");
        }
        int n = jdbc.sql("""
                        update alert set status = :s, closing_note = coalesce(:note, closing_note),
                          field_team_id = coalesce(:t, field_team_id),
                          closed_at = case when :s = 'CERRADA' then now() else null end, version = version + 1
                        where id = :id and version = :v""")
                .param("s", u.status()).param("note", u.note() == null || u.note().isBlank() ? null : u.note().strip())
                .param("t", u.fieldTeamId()).param("id", id).param("v", u.version() == null ? -1 : u.version()).update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó esta alerta; recargue la página.");
        }
        AlertView after = alert(id, user);
        audit.record("UPDATE", "Alert", id, before.jurisdictionId(), "Alerta " + id + ": " + before.status() + " → "
                + after.status(), before, after);
        return after;
    }

    // ------------------------------------------------------------ care plans

    @Transactional
    CarePlanView createPlan(CarePlanCommand c, CurrentUser user) {
        PersonService.requireWriter(user);
        if (c.householdId() == null) {
            throw new ValidationException("householdId", "Indique el hogar del plan de cuidado.");
        }
        PersonService.Row h = persons.householdRow(c.householdId(), user);
        Jurisdiction j = jurisdictions.byId(h.jurisdictionId()).orElseThrow();
        LocalDate opened = c.openedOn() == null ? LocalDate.now(j.zoneId()) : c.openedOn();
        List<FieldError> errors = new ArrayList<>();
        if (c.actions() == null || c.actions().isEmpty()) {
            errors.add(new FieldError("actions", "El plan de cuidado necesita al menos una necesidad con su acción acordada."));
        } else {
            for (int i = 0; i < c.actions().size(); i++) {
                checkAction(c.actions().get(i), "actions[" + i + "]", errors);
            }
        }
        if (jdbc.sql("select count(*) from care_plan where household_id = :h and status = 'ACTIVO'").param("h", c.householdId())
                .query(Long.class).single() > 0) {
            errors.add(new FieldError("householdId", "El hogar ya tiene un plan de cuidado activo: agregue acciones a ese plan."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                        insert into care_plan (jurisdiction_id, household_id, territory_path, status, opened_on, created_by)
                        values (:j, :h, :p, 'ACTIVO', :o, :u) returning id""")
                .param("j", j.id()).param("h", c.householdId()).param("p", h.path()).param("o", opened)
                .param("u", user.username()).query(Long.class).single();
        for (ActionCommand a : c.actions()) {
            insertAction(id, a);
        }
        CarePlanView v = plan(id);
        audit.record("CREATE", "CarePlan", id, j.id(), "Plan de cuidado del hogar " + v.householdCode(), null, v);
        return v;
    }

    private void insertAction(long planId, ActionCommand a) {
        jdbc.sql("""
                        insert into care_plan_action (care_plan_id, need, action, responsible_type, responsible_name, start_on,
                          due_on, status) values (:p, :n, :a, :rt, :rn, :s, :d, :st)""")
                .param("p", planId).param("n", a.need().strip()).param("a", a.action().strip())
                .param("rt", a.responsibleType()).param("rn", a.responsibleName().strip()).param("s", a.startOn())
                .param("d", a.dueOn()).param("st", a.status() == null ? "PENDIENTE" : a.status()).update();
    }

    private static void checkAction(ActionCommand a, String f, List<FieldError> errors) {
        if (a.need() == null || a.need().isBlank()) {
            errors.add(new FieldError(f + ".need", "Describa la necesidad identificada."));
        }
        if (a.action() == null || a.action().isBlank()) {
            errors.add(new FieldError(f + ".action", "Describa la acción acordada."));
        }
        if (a.responsibleType() == null || !RESPONSIBLES.contains(a.responsibleType())) {
            errors.add(new FieldError(f + ".responsibleType", "El responsable debe ser FAMILIA, EQUIPO o ENTIDAD."));
        }
        if (a.responsibleName() == null || a.responsibleName().isBlank()) {
            errors.add(new FieldError(f + ".responsibleName", "Indique quién es responsable (persona, equipo o entidad)."));
        }
        if (a.startOn() == null || a.dueOn() == null) {
            errors.add(new FieldError(f + ".dueOn", "Indique la fecha de inicio y la fecha límite de la acción."));
        } else if (a.dueOn().isBefore(a.startOn())) {
            errors.add(new FieldError(f + ".dueOn", "La fecha límite no puede ser anterior a la de inicio."));
        }
        if (a.status() != null && !ACTION_STATUSES.contains(a.status())) {
            errors.add(new FieldError(f + ".status", "El estado debe ser PENDIENTE, EN_CURSO, CUMPLIDA o NO_CUMPLIDA."));
        }
    }

    @Transactional
    CarePlanView addAction(long planId, ActionCommand a, CurrentUser user) {
        CarePlanView p = plan(planId, user);
        PersonService.requireWriter(user);
        requireActive(p);
        List<FieldError> errors = new ArrayList<>();
        checkAction(a, "action", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        insertAction(planId, a);
        jdbc.sql("update care_plan set version = version + 1 where id = :id").param("id", planId).update();
        CarePlanView after = plan(planId);
        audit.record("UPDATE", "CarePlan", planId, p.jurisdictionId(), "Acción agregada al plan de cuidado", p, after);
        return after;
    }

    @Transactional
    CarePlanView setActionStatus(long planId, long actionId, String status, int version, CurrentUser user) {
        CarePlanView p = plan(planId, user);
        PersonService.requireWriter(user);
        requireActive(p);
        if (status == null || !ACTION_STATUSES.contains(status)) {
            throw new ValidationException("status", "El estado debe ser PENDIENTE, EN_CURSO, CUMPLIDA o NO_CUMPLIDA.");
        }
        int n = jdbc.sql("update care_plan_action set status = :s, version = version + 1 where id = :a and care_plan_id = :p and version = :v")
                .param("s", status).param("a", actionId).param("p", planId).param("v", version).update();
        if (n == 0) {
            throw new ConflictException("La acción no existe en este plan o alguien la modificó; recargue la página.");
        }
        CarePlanView after = plan(planId);
        audit.record("UPDATE", "CarePlanAction", actionId, p.jurisdictionId(), "Acción del plan " + planId + ": " + status, p, after);
        return after;
    }

    @Transactional
    CarePlanView addVisit(long planId, VisitCommand v, CurrentUser user) {
        CarePlanView p = plan(planId, user);
        PersonService.requireWriter(user);
        requireActive(p);
        Jurisdiction j = jurisdictions.byId(p.jurisdictionId()).orElseThrow();
        LocalDate today = LocalDate.now(j.zoneId());
        List<FieldError> errors = new ArrayList<>();
        if (v.visitedOn() == null || v.visitedOn().isAfter(today)) {
            errors.add(new FieldError("visitedOn", "Indique la fecha de la visita (hoy o antes)."));
        }
        if (v.notes() == null || v.notes().isBlank()) {
            errors.add(new FieldError("notes", "Escriba lo observado y acordado en la visita."));
        }
        if (v.nextVisitOn() != null && v.visitedOn() != null && !v.nextVisitOn().isAfter(v.visitedOn())) {
            errors.add(new FieldError("nextVisitOn", "La próxima visita debe ser posterior a esta."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        jdbc.sql("insert into care_plan_visit (care_plan_id, visited_on, notes, next_visit_on, created_by) values (:p, :d, :n, :nx, :u)")
                .param("p", planId).param("d", v.visitedOn()).param("n", v.notes().strip()).param("nx", v.nextVisitOn())
                .param("u", user.username()).update();
        jdbc.sql("update household set next_visit_on = :nx where id = :h").param("nx", v.nextVisitOn()).param("h", p.householdId()).update();
        CarePlanView after = plan(planId);
        audit.record("VISIT", "CarePlan", planId, p.jurisdictionId(), "Visita de seguimiento del " + v.visitedOn(), null, v);
        return after;
    }

    @Transactional
    CarePlanView close(long planId, int version, CurrentUser user) {
        CarePlanView p = plan(planId, user);
        PersonService.requireWriter(user);
        requireActive(p);
        Jurisdiction j = jurisdictions.byId(p.jurisdictionId()).orElseThrow();
        int n = jdbc.sql("update care_plan set status = 'CERRADO', closed_on = :d, version = version + 1 where id = :id and version = :v")
                .param("d", LocalDate.now(j.zoneId())).param("id", planId).param("v", version).update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó este plan; recargue la página.");
        }
        CarePlanView after = plan(planId);
        audit.record("CLOSE", "CarePlan", planId, p.jurisdictionId(), "Plan de cuidado cerrado", p, after);
        return after;
    }

    private static void requireActive(CarePlanView p) {
        if (!"ACTIVO".equals(p.status())) {
            throw new ConflictException("El plan de cuidado está cerrado.");
        }
    }

    CarePlanView plan(long id, CurrentUser user) {
        CarePlanView p = plan(id);
        persons.householdRow(p.householdId(), user);
        return p;
    }

    CarePlanView plan(long id) {
        List<ActionView> actions = jdbc.sql("select * from care_plan_action where care_plan_id = :p order by due_on, id")
                .param("p", id).query((rs, n) -> new ActionView(rs.getLong("id"), rs.getString("need"), rs.getString("action"),
                        rs.getString("responsible_type"), rs.getString("responsible_name"),
                        rs.getObject("start_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getString("status"), rs.getInt("version"))).list();
        List<VisitView> visits = jdbc.sql("select * from care_plan_visit where care_plan_id = :p order by visited_on desc, id desc")
                .param("p", id).query((rs, n) -> new VisitView(rs.getLong("id"), rs.getObject("visited_on", LocalDate.class),
                        rs.getString("notes"), rs.getObject("next_visit_on", LocalDate.class), rs.getString("created_by"))).list();
        return jdbc.sql("select c.*, h.code from care_plan c join household h on h.id = c.household_id where c.id = :id")
                .param("id", id).query((rs, n) -> new CarePlanView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                        rs.getLong("household_id"), rs.getString("code"), rs.getString("status"),
                        rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class), actions, visits,
                        rs.getInt("version"))).optional()
                .orElseThrow(() -> new NotFoundException("El plan de cuidado " + id + " no existe."));
    }

    PageResult<CarePlanView> plans(Long householdId, String status, CurrentUser user, PageRequest page) {
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        String where = " where territory_path like :scope and (cast(:j as bigint) is null or jurisdiction_id = :j)"
                + " and (cast(:h as bigint) is null or household_id = :h) and (cast(:s as varchar) is null or status = :s)";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", scope.likePattern());
        params.put("j", scope.jurisdictionId());
        params.put("h", householdId);
        params.put("s", status);
        long total = jdbc.sql("select count(*) from care_plan" + where).params(params).query(Long.class).single();
        List<CarePlanView> items = jdbc.sql("select id from care_plan" + where + " order by opened_on desc, id desc limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(Long.class).list()
                .stream().map(this::plan).toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    // ------------------------------------------------------------ field teams

    @Transactional
    TeamView createTeam(TeamCommand c, CurrentUser user) {
        if (!user.role().managesTerritory()) {
            throw new ForbiddenException("Los equipos los conforman los usuarios de gestión territorial.");
        }
        Jurisdiction j = persons.jurisdiction(c.jurisdiction(), user);
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        List<FieldError> errors = new ArrayList<>();
        if (c.code() == null || !c.code().strip().matches("[A-Za-z0-9_-]{1,40}")) {
            errors.add(new FieldError("code", "El código del equipo es obligatorio (letras, dígitos, guion; máximo 40)."));
        } else if (persons.fieldTeamByCode(j.id(), c.code().strip()).isPresent()) {
            errors.add(new FieldError("code", "Ya existe un equipo con el código " + c.code().strip() + "."));
        }
        List<TerritoryView> ts = checkTeam(c, j, scope, errors);
        List<Member> members = c.members() == null ? List.of() : c.members();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("insert into field_team (jurisdiction_id, code, name) values (:j, :c, :n) returning id")
                .param("j", j.id()).param("c", c.code().strip()).param("n", c.name().strip()).query(Long.class).single();
        writeTeam(id, members, ts);
        TeamView v = team(id);
        audit.record("CREATE", "FieldTeam", id, j.id(), "Equipo básico extramural " + v.code(), null, v);
        return v;
    }

    /**
     * Changes a team's name, members and the territories assigned to it within the user's scope (assignments outside
     * it, made by someone with a wider scope, are kept).
     */
    @Transactional
    TeamView updateTeam(long id, TeamCommand c, int version, CurrentUser user) {
        if (!user.role().managesTerritory()) {
            throw new ForbiddenException("Los equipos los conforman los usuarios de gestión territorial.");
        }
        TeamView before = visibleTeam(id, user);
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        List<FieldError> errors = new ArrayList<>();
        List<TerritoryView> ts = checkTeam(c, j, scope, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql("update field_team set name = :n, version = version + 1 where id = :id and version = :v")
                .param("n", c.name().strip()).param("id", id).param("v", version).update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó este equipo; recargue la página.");
        }
        jdbc.sql("delete from field_team_member where team_id = :t").param("t", id).update();
        jdbc.sql("""
                        delete from field_team_territory ft using territory t
                        where ft.team_id = :t and t.id = ft.territory_id and t.path like :p""")
                .param("t", id).param("p", scope.likePattern()).update();
        writeTeam(id, c.members() == null ? List.of() : c.members(), ts);
        TeamView after = team(id);
        audit.record("UPDATE", "FieldTeam", id, j.id(), "Equipo básico extramural " + after.code(), before, after);
        return after;
    }

    /** A team the user sees: of their jurisdiction, with at least one territory in their scope. */
    TeamView visibleTeam(long id, CurrentUser user) {
        TeamView t = team(id);
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        boolean inScope = user.seesJurisdiction(t.jurisdictionId()) && jdbc.sql("""
                        select count(*) from field_team_territory ft join territory t on t.id = ft.territory_id
                        where ft.team_id = :t and t.path like :p""").param("t", id).param("p", scope.likePattern())
                .query(Long.class).single() > 0;
        if (!inScope) {
            throw new ForbiddenException("El equipo está fuera de su alcance territorial.");
        }
        return t;
    }

    /** The codes of the territories assigned to a team, for editing. */
    List<String> teamTerritoryCodes(long id) {
        return jdbc.sql("""
                        select t.code from field_team_territory ft join territory t on t.id = ft.territory_id
                        where ft.team_id = :t order by t.code""").param("t", id).query(String.class).list();
    }

    private void writeTeam(long id, List<Member> members, List<TerritoryView> ts) {
        for (Member m : members) {
            jdbc.sql("insert into field_team_member (team_id, name, role, username) values (:t, :n, :r, :u)")
                    .param("t", id).param("n", m.name().strip()).param("r", m.role().strip())
                    .param("u", m.username() == null || m.username().isBlank() ? null : m.username().strip()).update();
        }
        for (TerritoryView t : ts) {
            jdbc.sql("insert into field_team_territory (team_id, territory_id) values (:t, :tt) on conflict do nothing")
                    .param("t", id).param("tt", t.id()).update();
        }
    }

    private List<TerritoryView> checkTeam(TeamCommand c, Jurisdiction j, AccessScope scope, List<FieldError> errors) {
        if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
            errors.add(new FieldError("name", "El nombre del equipo es obligatorio (máximo 200 caracteres)."));
        }
        List<TerritoryView> ts = new ArrayList<>();
        if (c.territoryCodes() == null || c.territoryCodes().isEmpty()) {
            errors.add(new FieldError("territoryCodes", "Asigne al menos un territorio al equipo."));
        } else {
            for (String code : c.territoryCodes()) {
                TerritoryView t = territories.byCode(j.id(), code).orElse(null);
                if (t == null) {
                    errors.add(new FieldError("territoryCodes", "El territorio " + code + " no existe en " + j.name() + "."));
                } else if (!scope.includes(t.jurisdictionId(), t.path())) {
                    errors.add(new FieldError("territoryCodes", "El territorio " + t.name() + " está fuera de su alcance."));
                } else {
                    ts.add(t);
                }
            }
        }
        List<Member> members = c.members() == null ? List.of() : c.members();
        for (Member m : members) {
            if (m.name() == null || m.name().isBlank() || m.role() == null || m.role().isBlank()) {
                errors.add(new FieldError("members", "Cada integrante necesita nombre y perfil (p. ej. enfermera, psicólogo)."));
                break;
            }
            if (m.name().length() > 200 || m.role().length() > 100 || (m.username() != null && m.username().length() > 60)) {
                errors.add(new FieldError("members", "El integrante " + m.name().strip() + " tiene un dato demasiado largo."));
                break;
            }
        }
        return ts;
    }

    TeamView team(long id) {
        List<Member> members = jdbc.sql("select name, role, username from field_team_member where team_id = :t order by id")
                .param("t", id).query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<String> ts = jdbc.sql("""
                        select t.name from field_team_territory ft join territory t on t.id = ft.territory_id
                        where ft.team_id = :t order by t.name""").param("t", id).query(String.class).list();
        return jdbc.sql("select * from field_team where id = :id").param("id", id)
                .query((rs, n) -> new TeamView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                        rs.getString("name"), members, ts, rs.getInt("version"))).optional()
                .orElseThrow(() -> new NotFoundException("El equipo " + id + " no existe."));
    }

    List<TeamView> teams(CurrentUser user) {
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        return jdbc.sql("""
                        select distinct f.id, f.name from field_team f join field_team_territory ft on ft.team_id = f.id
                        join territory t on t.id = ft.territory_id
                        where (cast(:j as bigint) is null or f.jurisdiction_id = :j) and t.path like :p order by f.name""")
                .param("j", scope.jurisdictionId()).param("p", scope.likePattern())
                .query((rs, n) -> rs.getLong(1)).list().stream().map(this::team).toList();
    }

    /** Households of the team's territories within the user's scope, priority first, with alerts and visits due. */
    Workload workload(long teamId, CurrentUser user, PageRequest page) {
        TeamView team = team(teamId);
        if (!user.seesJurisdiction(team.jurisdictionId())) {
            throw new ForbiddenException("El equipo está fuera de su jurisdicción.");
        }
        Jurisdiction j = jurisdictions.byId(team.jurisdictionId()).orElseThrow();
        LocalDate soon = LocalDate.now(j.zoneId()).plusDays(7);
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        String from = """
                from household h join territory t on t.id = h.territory_id
                where h.jurisdiction_id = :j and h.territory_path like :scope and exists (
                  select 1 from field_team_territory ft join territory tt on tt.id = ft.territory_id
                  where ft.team_id = :team and h.territory_path like tt.path || '%')""";
        Map<String, Object> p = Map.of("j", team.jurisdictionId(), "scope", scope.likePattern(), "team", teamId, "soon", soon);
        record Totals(long households, long priority, long alerts, long due) {
        }
        Totals totals = jdbc.sql("select count(*), count(*) filter (where h.priority), "
                        + "coalesce(sum((select count(*) from alert a where a.household_id = h.id and a.status <> 'CERRADA')), 0), "
                        + "count(*) filter (where h.next_visit_on <= :soon) " + from)
                .params(p).query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
        List<WorkloadRow> rows = jdbc.sql("select h.id, h.code, t.name, h.address, h.priority, h.next_visit_on, "
                        + "(select count(*) from alert a where a.household_id = h.id and a.status <> 'CERRADA') as alerts "
                        + from + " order by h.priority desc, alerts desc, h.next_visit_on nulls last, h.code limit :l offset :o")
                .params(p).param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> {
                    LocalDate next = rs.getObject("next_visit_on", LocalDate.class);
                    return new WorkloadRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                            rs.getString("address"), rs.getBoolean("priority"), rs.getInt("alerts"), next,
                            next != null && !next.isAfter(soon));
                }).list();
        return new Workload(team, totals.households(), totals.priority(), totals.alerts(), totals.due(), rows);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
