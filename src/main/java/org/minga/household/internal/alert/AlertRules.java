package org.minga.household.internal.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of alert rule and their pure checks: which members (or the household) a rule fires on, from the
 * members' data and the latest answers. Rules are data (kind + parameters + severity + due days).
 */
public final class AlertRules {

    public static final Set<String> KINDS = Set.of("PREGNANT_ADOLESCENT", "CHILD_VACCINATION", "HOUSEHOLD_SCORE_ABOVE",
            "DISABILITY_WITHOUT_CERTIFICATE", "OLDER_ADULT_ALONE");

    /** A parameter of a rule kind, as the rules page edits it. */
    public record Param(String name, String label, boolean numeric, int max) {
    }

    public static final Map<String, List<Param>> PARAMS = Map.of(
            "PREGNANT_ADOLESCENT", List.of(new Param("maxAge", "Edad máxima (años, sin incluir)", true, 120),
                    new Param("question", "Pregunta de embarazo (código)", false, 0)),
            "CHILD_VACCINATION", List.of(new Param("maxAge", "Edad máxima (años, sin incluir)", true, 120),
                    new Param("question", "Pregunta de vacunación completa (código)", false, 0)),
            "HOUSEHOLD_SCORE_ABOVE", List.of(new Param("question", "Pregunta del puntaje (código)", false, 0),
                    new Param("threshold", "Umbral (se alerta por encima)", true, 100000)),
            "DISABILITY_WITHOUT_CERTIFICATE", List.of(),
            "OLDER_ADULT_ALONE", List.of(new Param("minAge", "Edad mínima (años)", true, 120)));

    public record Rule(long id, long jurisdictionId, String code, String name, String kind, Map<String, Object> params,
            String severity, int dueDays) {
    }

    public record Member(long id, String name, LocalDate birthDate, String sex, boolean disability, boolean certified,
            Map<String, Object> answers) {
    }

    public record Facts(long householdId, List<Member> members, Map<String, Object> householdAnswers) {
    }

    public record Firing(Long personId, String detail) {
    }

    private AlertRules() {
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
    public static List<Firing> evaluate(Rule rule, Facts facts, LocalDate today) {
        Map<String, Object> p = rule.params();
        return switch (rule.kind()) {
            case "PREGNANT_ADOLESCENT" -> pregnantAdolescents(facts, param(p, "maxAge", 19),
                    param(p, "question", "gestante"), today);
            case "CHILD_VACCINATION" -> unvaccinatedChildren(facts, param(p, "maxAge", 5),
                    param(p, "question", "vacunacion_completa"), today);
            case "HOUSEHOLD_SCORE_ABOVE" -> scoreAbove(facts, param(p, "question", "inseguridad_alimentaria"),
                    number(p.getOrDefault("threshold", 4)));
            case "DISABILITY_WITHOUT_CERTIFICATE" -> facts.members().stream()
                    .filter(m -> m.disability() && !m.certified())
                    .map(m -> new Firing(m.id(), "Persona con discapacidad sin certificado de discapacidad.")).toList();
            case "OLDER_ADULT_ALONE" -> olderAdultAlone(facts, param(p, "minAge", 60), today);
            // an unknown kind never fires; rules are checked on creation
            default -> List.of();
        };
    }

    private static List<Firing> pregnantAdolescents(Facts facts, int maxAge, String q, LocalDate today) {
        List<Firing> out = new ArrayList<>();
        for (Member m : facts.members()) {
            Integer a = age(m.birthDate(), today);
            if (a != null && a < maxAge && "F".equals(m.sex()) && yes(m.answers().get(q))) {
                out.add(new Firing(m.id(), "Adolescente gestante de " + a + " años."));
            }
        }
        return out;
    }

    private static List<Firing> unvaccinatedChildren(Facts facts, int maxAge, String q, LocalDate today) {
        List<Firing> out = new ArrayList<>();
        for (Member m : facts.members()) {
            Integer a = age(m.birthDate(), today);
            if (a != null && a < maxAge && no(m.answers().get(q))) {
                out.add(new Firing(m.id(), "Niño o niña de " + a + " años con esquema de vacunación incompleto."));
            }
        }
        return out;
    }

    private static List<Firing> scoreAbove(Facts facts, String q, BigDecimal threshold) {
        BigDecimal v = number(facts.householdAnswers().get(q));
        if (v != null && threshold != null && v.compareTo(threshold) > 0) {
            return List.of(
                    new Firing(null, "Puntaje de " + q.replace('_', ' ') + " " + v.stripTrailingZeros().toPlainString()
                            + " (umbral " + threshold.stripTrailingZeros().toPlainString() + ")."));
        }
        return List.of();
    }

    private static List<Firing> olderAdultAlone(Facts facts, int minAge, LocalDate today) {
        if (facts.members().size() != 1) {
            return List.of();
        }
        Member m = facts.members().get(0);
        Integer a = age(m.birthDate(), today);
        return a != null && a >= minAge ? List.of(new Firing(m.id(), "Persona mayor de " + a + " años que vive sola."))
                : List.of();
    }
}
