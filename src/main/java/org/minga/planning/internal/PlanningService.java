package org.minga.planning.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.planning.Direction;
import org.minga.planning.IndicatorSource;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans, their tree, indicators with baselines, targets and measurements, and the computed figures. */
@Service
public class PlanningService {

    static final Map<String, String> PLAN_TYPES = new LinkedHashMap<>();
    static final Map<String, String> NODE_KINDS = new LinkedHashMap<>();
    static final Map<String, String> PERIODICITIES = new LinkedHashMap<>();

    static {
        PLAN_TYPES.put("PLAN_DESARROLLO", "Plan de desarrollo");
        PLAN_TYPES.put("PLADECO", "PLADECO");
        PLAN_TYPES.put("PLAN_TERRITORIAL_SALUD", "Plan territorial de salud");
        PLAN_TYPES.put("PLAN_ACCION_LOCAL", "Plan de acción local");
        PLAN_TYPES.put("PLAN_OPERATIVO", "Plan operativo");
        NODE_KINDS.put("LINE", "Línea estratégica");
        NODE_KINDS.put("PROGRAMME", "Programa u objetivo");
        NODE_KINDS.put("GOAL", "Meta");
        PERIODICITIES.put("MENSUAL", "Mensual");
        PERIODICITIES.put("TRIMESTRAL", "Trimestral");
        PERIODICITIES.put("SEMESTRAL", "Semestral");
        PERIODICITIES.put("ANUAL", "Anual");
    }

    private final JdbcClient jdbc;
    private final Territories territories;
    private final AuditLog audit;
    private final List<IndicatorSource> sources;

    PlanningService(JdbcClient jdbc, Territories territories, AuditLog audit, List<IndicatorSource> sources) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.audit = audit;
        this.sources = sources;
    }

    // ---------------------------------------------------------------- views and commands

    public record PlanView(long id, long jurisdictionId, String code, String name, String type, String typeLabel,
            long territoryId, String territoryName, String territoryPath, LocalDate startsOn,
            LocalDate endsOn, String description, int version) {
    }

    public record NodeView(long id, long planId, Long parentId, String kind, String kindLabel, String code, String name,
            String responsibleUnit, BigDecimal budgetPlanned, BigDecimal budgetExecuted,
            List<String> sdgTargets, int version) {

        public Double executionPercent() {
            if (budgetPlanned == null || budgetExecuted == null || budgetPlanned.signum() == 0) {
                return null;
            }
            return Math.round(1000 * budgetExecuted.doubleValue() / budgetPlanned.doubleValue()) / 10.0;
        }
    }

    public record IndicatorView(long id, long jurisdictionId, String code, Long planNodeId, String name,
            String definition,
            String formula, String unit, Direction direction, String periodicity, String source,
            String computedKey, boolean byTerritory, Double baselineValue, LocalDate baselineOn,
            boolean demo, int version) {

        public boolean computed() {
            return computedKey != null;
        }

        public String directionLabel() {
            return direction.label();
        }
    }

    public record ValueView(long id, String period, LocalDate periodStart, LocalDate periodEnd, long territoryId,
            String territoryCode, String territoryName, double value, String note, int version) {
    }

    /** One row of the before/after table: the baseline, the latest measure, the target and the light. */
    public record BeforeAfter(IndicatorView indicator, Double before, String latestPeriod, Double after, Double target,
            Progress progress) {
    }

    public record NewPlan(String code, String name, String type, Long territoryId, LocalDate startsOn, LocalDate endsOn,
            String description) {
    }

    public record NewNode(Long parentId, String kind, String code, String name, String responsibleUnit,
            BigDecimal budgetPlanned, BigDecimal budgetExecuted) {
    }

    public record NewIndicator(String code, Long planNodeId, String name, String definition, String formula,
            String unit,
            Direction direction, String periodicity, String source, String computedKey,
            Boolean byTerritory, Double baselineValue, LocalDate baselineOn) {
    }

    // ---------------------------------------------------------------- plans

    public List<PlanView> plans(CurrentUser user) {
        AccessScope scope = territories.scopeOf(user);
        return jdbc.sql(PLAN_SQL + " where (:all or p.jurisdiction_id = :j) order by p.starts_on desc, p.name")
                .param("all", scope.allJurisdictions())
                .param("j", scope.jurisdictionId() == null ? 0 : scope.jurisdictionId())
                .query(this::plan).list();
    }

    public PlanView plan(CurrentUser user, long id) {
        PlanView p = jdbc.sql(PLAN_SQL + " where p.id = :id").param("id", id).query(this::plan).optional()
                .orElseThrow(() -> new NotFoundException("El plan " + id + " no existe."));
        if (!territories.scopeOf(user).includesJurisdiction(p.jurisdictionId())) {
            throw new NotFoundException("El plan " + id + " no existe.");
        }
        return p;
    }

    @Transactional
    public PlanView createPlan(CurrentUser user, NewPlan cmd) {
        List<FieldError> errors = new ArrayList<>();
        require(errors, "code", cmd.code(), "el código");
        require(errors, "name", cmd.name(), "el nombre");
        if (cmd.type() == null || !PLAN_TYPES.containsKey(cmd.type())) {
            errors.add(new FieldError("type", "Elija el tipo de plan."));
        }
        if (cmd.territoryId() == null) {
            errors.add(new FieldError("territoryId", "Elija el territorio del plan."));
        }
        if (cmd.startsOn() == null) {
            errors.add(new FieldError("startsOn", "Indique la fecha de inicio del periodo."));
        }
        if (cmd.endsOn() == null) {
            errors.add(new FieldError("endsOn", "Indique la fecha de fin del periodo."));
        } else if (cmd.startsOn() != null && cmd.endsOn().isBefore(cmd.startsOn())) {
            errors.add(new FieldError("endsOn", "La fecha de fin no puede ser anterior a la de inicio."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TerritoryView t = territories.requireVisible(cmd.territoryId(), user);
        if (jdbc.sql("select count(*) from plan where jurisdiction_id = :j and code = :c")
                .param("j", t.jurisdictionId())
                .param("c", cmd.code().strip()).query(Long.class).single() > 0) {
            throw new ValidationException("code", "Ya existe un plan con el código " + cmd.code().strip() + ".");
        }
        long id = jdbc
                .sql("""
                        insert into plan (jurisdiction_id, code, name, plan_type, territory_id, territory_path, starts_on, ends_on, description)
                        values (:j, :code, :name, :type, :t, :path, :s, :e, :d) returning id""")
                .param("j", t.jurisdictionId()).param("code", cmd.code().strip()).param("name", cmd.name().strip())
                .param("type", cmd.type()).param("t", t.id()).param("path", t.path()).param("s", cmd.startsOn())
                .param("e", cmd.endsOn()).param("d", blank(cmd.description())).query(Long.class).single();
        audit.record("plan.create", "plan", id, t.jurisdictionId(), "Plan " + cmd.name().strip(), null, cmd);
        return plan(user, id);
    }

    public List<NodeView> nodes(long planId) {
        Map<Long, List<String>> sdg = new LinkedHashMap<>();
        jdbc.sql(
                "select s.node_id, s.target_code from plan_node_sdg s join plan_node n on n.id = s.node_id where n.plan_id = :p order by 1, 2")
                .param("p", planId)
                .query((rs, n) -> sdg.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return jdbc.sql("select * from plan_node where plan_id = :p order by position, id").param("p", planId)
                .query((rs, n) -> new NodeView(rs.getLong("id"), planId, (Long) rs.getObject("parent_id"),
                        rs.getString("kind"),
                        NODE_KINDS.get(rs.getString("kind")), rs.getString("code"), rs.getString("name"),
                        rs.getString("responsible_unit"), rs.getBigDecimal("budget_planned"),
                        rs.getBigDecimal("budget_executed"),
                        sdg.getOrDefault(rs.getLong("id"), List.of()), rs.getInt("version")))
                .list();
    }

    @Transactional
    public long addNode(CurrentUser user, long planId, NewNode cmd) {
        PlanView p = plan(user, planId);
        territories.requireVisible(p.territoryId(), user);
        List<FieldError> errors = new ArrayList<>();
        require(errors, "code", cmd.code(), "el código");
        require(errors, "name", cmd.name(), "el nombre");
        if (cmd.kind() == null || !NODE_KINDS.containsKey(cmd.kind())) {
            errors.add(new FieldError("kind", "Elija si es línea estratégica, programa u objetivo, o meta."));
        }
        if (cmd.budgetPlanned() != null && cmd.budgetPlanned().signum() < 0) {
            errors.add(new FieldError("budgetPlanned", "El presupuesto planeado no puede ser negativo."));
        }
        if (cmd.budgetExecuted() != null && cmd.budgetExecuted().signum() < 0) {
            errors.add(new FieldError("budgetExecuted", "El presupuesto ejecutado no puede ser negativo."));
        }
        if (cmd.parentId() != null && jdbc.sql("select count(*) from plan_node where id = :id and plan_id = :p")
                .param("id", cmd.parentId()).param("p", planId).query(Long.class).single() == 0) {
            errors.add(new FieldError("parentId", "El elemento superior no pertenece a este plan."));
        }
        if (errors.isEmpty()
                && jdbc.sql("select count(*) from plan_node where plan_id = :p and code = :c").param("p", planId)
                        .param("c", cmd.code().strip()).query(Long.class).single() > 0) {
            errors.add(new FieldError("code",
                    "Ya hay un elemento con el código " + cmd.code().strip() + " en este plan."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc
                .sql("""
                        insert into plan_node (plan_id, parent_id, kind, code, name, responsible_unit, budget_planned, budget_executed, position)
                        values (:p, :parent, :kind, :code, :name, :unit, :bp, :be,
                                (select coalesce(max(position), 0) + 1 from plan_node where plan_id = :p)) returning id""")
                .param("p", planId).param("parent", cmd.parentId()).param("kind", cmd.kind())
                .param("code", cmd.code().strip())
                .param("name", cmd.name().strip()).param("unit", blank(cmd.responsibleUnit()))
                .param("bp", cmd.budgetPlanned())
                .param("be", cmd.budgetExecuted()).query(Long.class).single();
        audit.record("plan.node.create", "plan_node", id, p.jurisdictionId(),
                NODE_KINDS.get(cmd.kind()) + " " + cmd.name().strip(), null, cmd);
        return id;
    }

    @Transactional
    public void updateBudget(CurrentUser user, long planId, long nodeId, BigDecimal executed, int version) {
        PlanView p = plan(user, planId);
        territories.requireVisible(p.territoryId(), user);
        if (executed == null || executed.signum() < 0) {
            throw new ValidationException("budgetExecuted", "Indique el presupuesto ejecutado (cero o más).");
        }
        BigDecimal before = jdbc.sql("select budget_executed from plan_node where id = :id and plan_id = :p")
                .param("id", nodeId)
                .param("p", planId).query(BigDecimal.class).optional().orElse(null);
        int n = jdbc.sql(
                "update plan_node set budget_executed = :e, version = version + 1 where id = :id and plan_id = :p and version = :v")
                .param("e", executed).param("id", nodeId).param("p", planId).param("v", version).update();
        if (n == 0) {
            throw new ConflictException(
                    "Otra persona cambió este elemento del plan: recargue la página y vuelva a intentarlo.");
        }
        audit.record("plan.node.budget", "plan_node", nodeId, p.jurisdictionId(), "Presupuesto ejecutado", before,
                executed);
    }

    @Transactional
    public void linkSdg(CurrentUser user, long planId, long nodeId, String targetCode) {
        PlanView p = plan(user, planId);
        territories.requireVisible(p.territoryId(), user);
        String code = targetCode == null ? "" : targetCode.strip().toLowerCase(java.util.Locale.ROOT);
        if (jdbc.sql("select count(*) from sdg_target where code = :c").param("c", code).query(Long.class)
                .single() == 0) {
            throw new ValidationException("target",
                    "La meta ODS '" + code + "' no existe: use el formato 1.1, 5.2 o 17.a.");
        }
        if (jdbc.sql("select count(*) from plan_node where id = :id and plan_id = :p").param("id", nodeId)
                .param("p", planId)
                .query(Long.class).single() == 0) {
            throw new NotFoundException("El elemento " + nodeId + " no está en este plan.");
        }
        jdbc.sql("insert into plan_node_sdg (node_id, target_code) values (:n, :c) on conflict do nothing")
                .param("n", nodeId).param("c", code).update();
        audit.record("plan.node.sdg", "plan_node", nodeId, p.jurisdictionId(), "Vinculado a la meta ODS " + code, null,
                code);
    }

    public record SdgTarget(String code, int goal, String goalTitle, String text) {
    }

    public List<SdgTarget> sdgTargets() {
        return jdbc.sql(
                "select t.code, t.goal_number, g.title, t.text from sdg_target t join sdg_goal g on g.number = t.goal_number "
                        + "order by t.goal_number, length(t.code), t.code")
                .query((rs, n) -> new SdgTarget(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    // ---------------------------------------------------------------- indicators

    public List<IndicatorSource> sources() {
        return sources.stream().sorted(java.util.Comparator.comparing(IndicatorSource::label)).toList();
    }

    public Optional<IndicatorSource> source(String key) {
        return sources.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public List<IndicatorView> indicators(CurrentUser user, Long planId) {
        AccessScope scope = territories.scopeOf(user);
        return jdbc.sql("""
                select i.* from indicator i left join plan_node n on n.id = i.plan_node_id
                 where (:all or i.jurisdiction_id = :j) and (cast(:plan as bigint) is null or n.plan_id = :plan)
                 order by i.name, i.id""")
                .param("all", scope.allJurisdictions())
                .param("j", scope.jurisdictionId() == null ? 0 : scope.jurisdictionId())
                .param("plan", planId).query(this::indicator).list();
    }

    public IndicatorView indicator(CurrentUser user, long id) {
        IndicatorView i = jdbc.sql("select * from indicator where id = :id").param("id", id).query(this::indicator)
                .optional()
                .orElseThrow(() -> new NotFoundException("El indicador " + id + " no existe."));
        if (!territories.scopeOf(user).includesJurisdiction(i.jurisdictionId())) {
            throw new NotFoundException("El indicador " + id + " no existe.");
        }
        return i;
    }

    @Transactional
    public IndicatorView createIndicator(CurrentUser user, long jurisdictionId, NewIndicator cmd) {
        List<FieldError> errors = new ArrayList<>();
        require(errors, "code", cmd.code(), "el código");
        require(errors, "name", cmd.name(), "el nombre");
        require(errors, "definition", cmd.definition(), "la definición");
        if (cmd.direction() == null) {
            errors.add(new FieldError("direction", "Indique si mayor o menor es mejor."));
        }
        if (cmd.periodicity() == null || !PERIODICITIES.containsKey(cmd.periodicity())) {
            errors.add(new FieldError("periodicity", "Elija la periodicidad: mensual, trimestral, semestral o anual."));
        }
        IndicatorSource src = null;
        if (cmd.computedKey() != null && !cmd.computedKey().isBlank()) {
            src = source(cmd.computedKey().strip()).orElse(null);
            if (src == null) {
                errors.add(new FieldError("computedKey", "La fuente calculada '" + cmd.computedKey() + "' no existe."));
            }
        } else {
            require(errors, "unit", cmd.unit(), "la unidad");
        }
        if ((cmd.baselineValue() == null) != (cmd.baselineOn() == null)) {
            errors.add(new FieldError("baselineOn", "La línea base necesita valor y fecha."));
        }
        if (cmd.planNodeId() != null) {
            Optional<Long> j = jdbc
                    .sql("select p.jurisdiction_id from plan_node n join plan p on p.id = n.plan_id where n.id = :n")
                    .param("n", cmd.planNodeId()).query(Long.class).optional();
            if (j.isEmpty() || j.get() != jurisdictionId) {
                errors.add(new FieldError("planNodeId", "El elemento del plan no existe en esta jurisdicción."));
            }
        }
        if (errors.isEmpty() && jdbc.sql("select count(*) from indicator where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", cmd.code().strip()).query(Long.class).single() > 0) {
            errors.add(new FieldError("code", "Ya existe un indicador con el código " + cmd.code().strip() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!AccessPolicy.reachesJurisdiction(user, Capability.MANAGE_PLANS, jurisdictionId)) {
            throw new NotFoundException("La jurisdicción " + jurisdictionId + " no existe.");
        }
        long id = jdbc
                .sql("""
                        insert into indicator (jurisdiction_id, code, plan_node_id, name, definition, formula, unit, direction, periodicity,
                                               source, computed_key, by_territory, baseline_value, baseline_on)
                        values (:j, :code, :node, :name, :def, :formula, :unit, :dir, :per, :src, :key, :byt, :bv, :bo) returning id""")
                .param("j", jurisdictionId).param("code", cmd.code().strip()).param("node", cmd.planNodeId())
                .param("name", cmd.name().strip()).param("def", cmd.definition().strip())
                .param("formula", blank(cmd.formula()))
                .param("unit", src != null ? src.unit() : cmd.unit().strip()).param("dir", cmd.direction().name())
                .param("per", cmd.periodicity())
                .param("src", src != null ? "Minga: " + src.label() : blank(cmd.source()))
                .param("key", src != null ? src.key() : null)
                .param("byt", src != null || Boolean.TRUE.equals(cmd.byTerritory()))
                .param("bv", cmd.baselineValue()).param("bo", cmd.baselineOn()).query(Long.class).single();
        audit.record("indicator.create", "indicator", id, jurisdictionId, "Indicador " + cmd.name().strip(), null, cmd);
        return indicator(user, id);
    }

    public Map<String, Double> targets(long indicatorId) {
        Map<String, Double> out = new LinkedHashMap<>();
        jdbc.sql("select period, value from indicator_target where indicator_id = :i order by period")
                .param("i", indicatorId)
                .query((rs, n) -> out.put(rs.getString(1), rs.getDouble(2))).list();
        return out;
    }

    @Transactional
    public void setTarget(CurrentUser user, long indicatorId, String period, Double value) {
        IndicatorView i = indicator(user, indicatorId);
        requireWrite(user, i);
        Periods.Period p = Periods.parse("period", period);
        if (value == null) {
            throw new ValidationException("value", "Indique el valor de la meta.");
        }
        Double before = targets(indicatorId).get(p.label());
        jdbc.sql("insert into indicator_target (indicator_id, period, value) values (:i, :p, :v) "
                + "on conflict (indicator_id, period) do update set value = excluded.value")
                .param("i", indicatorId).param("p", p.label()).param("v", value).update();
        audit.record("indicator.target", "indicator", indicatorId, i.jurisdictionId(),
                "Meta " + p.label() + ": " + value, before, value);
    }

    /**
     * Records a measurement for a period and territory. With {@code expectedVersion} (the version the person saw), a
     * change made meanwhile by someone else is refused rather than overwritten.
     */
    @Transactional
    public void recordValue(CurrentUser user, long indicatorId, String period, long territoryId, Double value,
            String note,
            Integer expectedVersion) {
        IndicatorView i = indicator(user, indicatorId);
        requireWrite(user, i);
        if (i.computed()) {
            throw new ValidationException("value",
                    "Este indicador se calcula con los datos de Minga: no se registran valores a mano.");
        }
        Periods.Period p = Periods.parse("period", period);
        if (value == null) {
            throw new ValidationException("value", "Indique el valor medido.");
        }
        TerritoryView t = territories.requireVisible(territoryId, user);
        if (t.jurisdictionId() != i.jurisdictionId()) {
            throw new ValidationException("territoryId", "El territorio no es de la jurisdicción del indicador.");
        }
        Optional<ValueView> existing = values(user, indicatorId).stream()
                .filter(v -> v.period().equals(p.label()) && v.territoryId() == territoryId).findFirst();
        if (existing.isPresent()) {
            int n = jdbc
                    .sql("""
                            update indicator_value set value = :v, note = :note, version = version + 1
                             where indicator_id = :i and period = :p and territory_id = :t and (cast(:ver as integer) is null or version = :ver)""")
                    .param("v", value).param("note", blank(note)).param("i", indicatorId).param("p", p.label())
                    .param("t", territoryId).param("ver", expectedVersion).update();
            if (n == 0) {
                throw new ConflictException(
                        "Otra persona cambió este valor mientras usted lo editaba: recargue y vuelva a intentarlo.");
            }
        } else {
            jdbc.sql(
                    """
                            insert into indicator_value (indicator_id, period, period_start, period_end, territory_id, territory_path, value, note)
                            values (:i, :p, :s, :e, :t, :path, :v, :note)""")
                    .param("i", indicatorId).param("p", p.label()).param("s", p.start()).param("e", p.end())
                    .param("t", territoryId)
                    .param("path", t.path()).param("v", value).param("note", blank(note)).update();
        }
        audit.record("indicator.value", "indicator", indicatorId, i.jurisdictionId(),
                "Valor " + p.label() + " en " + t.name() + ": " + value, existing.map(ValueView::value).orElse(null),
                value);
    }

    /** The entered measurements the user may see (their territory's subtree), by period. */
    public List<ValueView> values(CurrentUser user, long indicatorId) {
        IndicatorView i = indicator(user, indicatorId);
        AccessScope scope = territories.scopeOf(user);
        return jdbc
                .sql("""
                        select v.*, t.code as tcode, t.name as tname from indicator_value v join territory t on t.id = v.territory_id
                         where v.indicator_id = :i and v.territory_path like :prefix order by v.period_start, t.name""")
                .param("i", i.id()).param("prefix", scope.likePattern())
                .query((rs, n) -> new ValueView(rs.getLong("id"), rs.getString("period"),
                        rs.getDate("period_start").toLocalDate(),
                        rs.getDate("period_end").toLocalDate(), rs.getLong("territory_id"), rs.getString("tcode"),
                        rs.getString("tname"), rs.getDouble("value"), rs.getString("note"), rs.getInt("version")))
                .list();
    }

    /** A computed indicator's values for the last {@code count} periods in a territory's subtree. */
    public List<ValueView> computedSeries(IndicatorView i, TerritoryView t, int count, LocalDate today) {
        IndicatorSource src = source(i.computedKey())
                .orElseThrow(() -> new NotFoundException("La fuente " + i.computedKey() + " no está disponible."));
        List<ValueView> out = new ArrayList<>();
        for (Periods.Period p : Periods.lastPeriods(i.periodicity(), today, count)) {
            LocalDate end = p.end().isAfter(today) ? today : p.end();
            Double v = src.values(t.jurisdictionId(), List.of(t.path()), p.start(), end).get(t.path());
            if (v != null) {
                out.add(new ValueView(0, p.label(), p.start(), p.end(), t.id(), t.code(), t.name(), v, "Calculado", 0));
            }
        }
        return out;
    }

    /** The series the indicator pages, the forecast and the exports use: one value per period for the territory. */
    public List<ValueView> series(CurrentUser user, IndicatorView i, TerritoryView t, LocalDate today) {
        if (i.computed()) {
            return computedSeries(i, t, 8, today);
        }
        return values(user, i.id()).stream().filter(v -> v.territoryId() == t.id()).toList();
    }

    public BeforeAfter beforeAfter(CurrentUser user, IndicatorView i, TerritoryView t, LocalDate today) {
        List<ValueView> s = series(user, i, t, today);
        ValueView last = s.isEmpty() ? null : s.get(s.size() - 1);
        Map<String, Double> targets = targets(i.id());
        Double target = null;
        if (last != null && targets.containsKey(last.period())) {
            target = targets.get(last.period());
        } else if (!targets.isEmpty()) {
            target = new ArrayList<>(targets.values()).get(targets.size() - 1);
        }
        Double after = last == null ? null : last.value();
        return new BeforeAfter(i, i.baselineValue(), last == null ? null : last.period(), after, target,
                Progress.of(i.baselineValue(), target, after, i.direction()));
    }

    // ---------------------------------------------------------------- helpers

    void requireWrite(CurrentUser user, IndicatorView i) {
        if (!AccessPolicy.reachesJurisdiction(user, Capability.MANAGE_PLANS, i.jurisdictionId())) {
            throw new org.minga.platform.ForbiddenException("Su rol no permite cambiar este indicador.");
        }
    }

    private static void require(List<FieldError> errors, String field, String value, String what) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Indique " + what + "."));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static final String PLAN_SQL = "select p.*, t.name as tname from plan p join territory t on t.id = p.territory_id";

    private PlanView plan(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PlanView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("plan_type"), PLAN_TYPES.get(rs.getString("plan_type")), rs.getLong("territory_id"),
                rs.getString("tname"), rs.getString("territory_path"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), rs.getString("description"), rs.getInt("version"));
    }

    private IndicatorView indicator(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Date bo = rs.getDate("baseline_on");
        BigDecimal bv = rs.getBigDecimal("baseline_value");
        return new IndicatorView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                (Long) rs.getObject("plan_node_id"), rs.getString("name"), rs.getString("definition"),
                rs.getString("formula"),
                rs.getString("unit"), Direction.valueOf(rs.getString("direction")), rs.getString("periodicity"),
                rs.getString("source"), rs.getString("computed_key"), rs.getBoolean("by_territory"),
                bv == null ? null : bv.doubleValue(), bo == null ? null : bo.toLocalDate(), rs.getBoolean("demo"),
                rs.getInt("version"));
    }
}
