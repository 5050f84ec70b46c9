package org.minga.household.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the alert rules of a jurisdiction over a household: its members' personal data and the latest answer
 * to each question of its characterisations. Rules are data (kind + parameters + severity + due days); the
 * kinds are the checks below. A rule that fires opens an alert unless one is already open for the same rule
 * and person. Persons whose authorization was withdrawn, anonymised or merged are never evaluated.
 */
@Component
class AlertEngine {

    static final Set<String> KINDS = Set.of("PREGNANT_ADOLESCENT", "CHILD_VACCINATION", "HOUSEHOLD_SCORE_ABOVE",
            "DISABILITY_WITHOUT_CERTIFICATE", "OLDER_ADULT_ALONE");

    /** A parameter of a rule kind, as the rules page edits it. */
    record Param(String name, String label, boolean numeric, int max) {
    }

    static final Map<String, List<Param>> PARAMS = Map.of(
            "PREGNANT_ADOLESCENT", List.of(new Param("maxAge", "Edad máxima (años, sin incluir)", true, 120),
                    new Param("question", "Pregunta de embarazo (código)", false, 0)),
            "CHILD_VACCINATION", List.of(new Param("maxAge", "Edad máxima (años, sin incluir)", true, 120),
                    new Param("question", "Pregunta de vacunación completa (código)", false, 0)),
            "HOUSEHOLD_SCORE_ABOVE", List.of(new Param("question", "Pregunta del puntaje (código)", false, 0),
                    new Param("threshold", "Umbral (se alerta por encima)", true, 100000)),
            "DISABILITY_WITHOUT_CERTIFICATE", List.of(),
            "OLDER_ADULT_ALONE", List.of(new Param("minAge", "Edad mínima (años)", true, 120)));

    record Rule(long id, long jurisdictionId, String code, String name, String kind, Map<String, Object> params,
                String severity, int dueDays) {
    }

    record Member(long id, String name, LocalDate birthDate, String sex, boolean disability, boolean certified,
                  Map<String, Object> answers) {
    }

    record Facts(long householdId, List<Member> members, Map<String, Object> householdAnswers) {
    }

    record Firing(Long personId, String detail) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    AlertEngine(JdbcClient jdbc, ObjectMapper json, org.springframework.jdbc.core.JdbcTemplate template) {
        this.template = template;
        this.jdbc = jdbc;
        this.json = json;
    }

    static Integer age(LocalDate birth, LocalDate today) {
        return birth == null ? null : Period.between(birth, today).getYears();
    }

    static BigDecimal number(Object v) {
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(String.valueOf(v));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean yes(Object v) {
        return v != null && (Boolean.TRUE.equals(v) || "true".equalsIgnoreCase(String.valueOf(v)));
    }

    static boolean no(Object v) {
        return v != null && (Boolean.FALSE.equals(v) || "false".equalsIgnoreCase(String.valueOf(v)));
    }

    static int param(Map<String, Object> p, String key, int def) {
        BigDecimal n = number(p.get(key));
        return n == null ? def : n.intValue();
    }

    static String param(Map<String, Object> p, String key, String def) {
        Object v = p.get(key);
        return v == null ? def : String.valueOf(v);
    }

    /** The pure check: which members (or the household, personId null) meet the rule. */
    static List<Firing> evaluate(Rule rule, Facts facts, LocalDate today) {
        List<Firing> out = new ArrayList<>();
        Map<String, Object> p = rule.params();
        switch (rule.kind()) {
            case "PREGNANT_ADOLESCENT" -> {
                int maxAge = param(p, "maxAge", 19);
                String q = param(p, "question", "gestante");
                for (Member m : facts.members()) {
                    Integer a = age(m.birthDate(), today);
                    if (a != null && a < maxAge && "F".equals(m.sex()) && yes(m.answers().get(q))) {
                        out.add(new Firing(m.id(), "Adolescente gestante de " + a + " años."));
                    }
                }
            }
            case "CHILD_VACCINATION" -> {
                int maxAge = param(p, "maxAge", 5);
                String q = param(p, "question", "vacunacion_completa");
                for (Member m : facts.members()) {
                    Integer a = age(m.birthDate(), today);
                    if (a != null && a < maxAge && no(m.answers().get(q))) {
                        out.add(new Firing(m.id(), "Niño o niña de " + a + " años con esquema de vacunación incompleto."));
                    }
                }
            }
            case "HOUSEHOLD_SCORE_ABOVE" -> {
                String q = param(p, "question", "inseguridad_alimentaria");
                BigDecimal threshold = number(p.getOrDefault("threshold", 4));
                BigDecimal v = number(facts.householdAnswers().get(q));
                if (v != null && threshold != null && v.compareTo(threshold) > 0) {
                    out.add(new Firing(null, "Puntaje de " + q.replace('_', ' ') + " " + v.stripTrailingZeros().toPlainString()
                            + " (umbral " + threshold.stripTrailingZeros().toPlainString() + ")."));
                }
            }
            case "DISABILITY_WITHOUT_CERTIFICATE" -> {
                for (Member m : facts.members()) {
                    if (m.disability() && !m.certified()) {
                        out.add(new Firing(m.id(), "Persona con discapacidad sin certificado de discapacidad."));
                    }
                }
            }
            case "OLDER_ADULT_ALONE" -> {
                int minAge = param(p, "minAge", 60);
                if (facts.members().size() == 1) {
                    Member m = facts.members().get(0);
                    Integer a = age(m.birthDate(), today);
                    if (a != null && a >= minAge) {
                        out.add(new Firing(m.id(), "Persona mayor de " + a + " años que vive sola."));
                    }
                }
            }
            default -> {
                // an unknown kind never fires; rules are checked on creation
            }
        }
        return out;
    }

    List<Rule> rules(long jurisdictionId) {
        return jdbc.sql("select * from alert_rule where jurisdiction_id = :j and active order by code").param("j", jurisdictionId)
                .query((rs, n) -> new Rule(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("kind"), map(rs.getString("params")), rs.getString("severity"),
                        rs.getInt("due_days"))).list();
    }

    Map<String, Object> map(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, new TypeReference<Map<String, Object>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException("Respuestas o parámetros ilegibles", e);
        }
    }

    Facts facts(long householdId) {
        Map<Long, Map<String, Object>> byPerson = new HashMap<>();
        Map<String, Object> household = new HashMap<>();
        // oldest first, so later answers overwrite earlier ones question by question
        jdbc.sql("select person_id, answers::text from characterization where household_id = :h order by answered_on, id")
                .param("h", householdId).query(rs -> {
                    Long pid = (Long) rs.getObject(1);
                    Map<String, Object> a = map(rs.getString(2));
                    (pid == null ? household : byPerson.computeIfAbsent(pid, k -> new HashMap<>())).putAll(a);
                });
        List<Member> members = jdbc.sql("""
                        select id, first_name || ' ' || last_name, birth_date, sex, disability, disability_certified
                        from person where household_id = :h and merged_into is null and not processing_stopped
                          and anonymised_at is null order by id""")
                .param("h", householdId).query((rs, n) -> new Member(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6),
                        byPerson.getOrDefault(rs.getLong(1), Map.of()))).list();
        return new Facts(householdId, members, household);
    }

    /**
     * Alerts of households just created by an import, from their members' data (they have no answers yet):
     * the same rules, batched. Returns the alerts opened.
     */
    int evaluateNew(long jurisdictionId, Map<Long, List<Member>> members) {
        if (members.isEmpty()) {
            return 0;
        }
        List<Rule> rules = rules(jurisdictionId);
        if (rules.isEmpty()) {
            return 0;
        }
        String zone = jdbc.sql("select time_zone from jurisdiction where id = :j").param("j", jurisdictionId)
                .query(String.class).single();
        LocalDate today = LocalDate.now(ZoneId.of(zone));
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<Long, List<Member>> e : members.entrySet()) {
            Facts facts = new Facts(e.getKey(), e.getValue(), Map.of());
            for (Rule rule : rules) {
                for (Firing f : evaluate(rule, facts, today)) {
                    rows.add(new Object[]{jurisdictionId, rule.id(), e.getKey(), f.personId(), e.getKey(), rule.severity(),
                            f.detail(), java.sql.Date.valueOf(today.plusDays(rule.dueDays()))});
                }
            }
        }
        for (int from = 0; from < rows.size(); from += 5000) {
            template.batchUpdate("""
                    insert into alert (jurisdiction_id, rule_id, household_id, person_id, territory_path, severity, status,
                      detail, due_on) select ?, ?, ?, ?, h.territory_path, ?, 'ABIERTA', ?, ? from household h where h.id = ?
                    on conflict do nothing""", rows.subList(from, Math.min(rows.size(), from + 5000)).stream()
                    .map(r -> new Object[]{r[0], r[1], r[2], r[3], r[5], r[6], r[7], r[4]}).toList());
        }
        return rows.size();
    }

    /** Evaluates every active rule of the household's jurisdiction; returns the alerts opened. */
    int evaluateHousehold(long householdId) {
        record H(long jurisdictionId, String path, Long team, String zone) {
        }
        H h = jdbc.sql("""
                        select h.jurisdiction_id, h.territory_path, h.field_team_id, j.time_zone from household h
                        join jurisdiction j on j.id = h.jurisdiction_id where h.id = :id""").param("id", householdId)
                .query((rs, n) -> new H(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4))).single();
        LocalDate today = LocalDate.now(ZoneId.of(h.zone()));
        Facts facts = facts(householdId);
        int opened = 0;
        for (Rule rule : rules(h.jurisdictionId())) {
            for (Firing f : evaluate(rule, facts, today)) {
                opened += jdbc.sql("""
                                insert into alert (jurisdiction_id, rule_id, household_id, person_id, territory_path, severity,
                                  field_team_id, status, detail, due_on)
                                values (:j, :r, :h, :p, :path, :s, :t, 'ABIERTA', :d, :due) on conflict do nothing""")
                        .param("j", h.jurisdictionId()).param("r", rule.id()).param("h", householdId).param("p", f.personId())
                        .param("path", h.path()).param("s", rule.severity()).param("t", h.team()).param("d", f.detail())
                        .param("due", today.plusDays(rule.dueDays())).update();
            }
        }
        return opened;
    }
}
