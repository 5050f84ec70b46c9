package org.minga.household.internal.home;

import java.time.LocalDate;
import java.util.List;

import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.Times;
import org.minga.platform.WorkArea;
import org.minga.platform.WorkPanel;
import org.minga.platform.WorkPanel.WorkItem;
import org.minga.platform.WorkPanel.WorkList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A field worker's home: the visits due, the open alerts and the care-plan actions falling due in the territories
 * where the worker records personal data. Households by code, never by a person's name.
 */
@Configuration(proxyBeanMethods = false)
class FieldWorkReadModel {

    /** How far ahead a visit or an action counts as due. */
    static final int DAYS_AHEAD = 7;
    private static final int SHOWN = 5;
    private static final Capability CAPABILITY = Capability.RECORD_PERSONAL_DATA;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    FieldWorkReadModel(JdbcClient jdbc, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Bean
    WorkPanel visitsDuePanel() {
        return WorkPanel.of(WorkArea.FIELD_WORK, CAPABILITY, 10, user -> {
            Scope s = scope(user);
            String where = " from household where (:all or jurisdiction_id = :j) and territory_path like :p"
                    + " and next_visit_on <= :until";
            long total = s.bind(jdbc.sql("select count(*)" + where)).query(Long.class).single();
            List<WorkItem> items = s.bind(jdbc.sql("select id, code, next_visit_on" + where
                            + " order by next_visit_on, code limit " + SHOWN))
                    .query((rs, n) -> new WorkItem("Hogar " + rs.getString("code"), null,
                            rs.getObject("next_visit_on", LocalDate.class), "/households/" + rs.getLong("id")))
                    .list();
            return new WorkList("Visitas por hacer", "/households", total, items,
                    "No hay visitas programadas para los próximos " + DAYS_AHEAD + " días.");
        });
    }

    @Bean
    WorkPanel openAlertsPanel() {
        return WorkPanel.of(WorkArea.FIELD_WORK, CAPABILITY, 20, user -> {
            Scope s = scope(user);
            String where = " from alert a join alert_rule r on r.id = a.rule_id join household h on h.id = a.household_id"
                    + " where (:all or a.jurisdiction_id = :j) and a.territory_path like :p"
                    + " and a.status in ('ABIERTA', 'EN_GESTION')";
            long total = s.bind(jdbc.sql("select count(*)" + where)).query(Long.class).single();
            List<WorkItem> items = s.bind(jdbc.sql("select a.household_id, a.due_on, a.severity, r.name, h.code" + where
                            + " order by a.due_on, a.id limit " + SHOWN))
                    .query((rs, n) -> new WorkItem(rs.getString("name"),
                            "Hogar " + rs.getString("code") + " · gravedad " + severity(rs.getString("severity")),
                            rs.getObject("due_on", LocalDate.class), "/households/" + rs.getLong("household_id")))
                    .list();
            return new WorkList("Alertas abiertas", "/alerts", total, items, "No hay alertas abiertas.");
        });
    }

    @Bean
    WorkPanel carePlanActionsPanel() {
        return WorkPanel.of(WorkArea.FIELD_WORK, CAPABILITY, 30, user -> {
            Scope s = scope(user);
            String where = " from care_plan_action x join care_plan c on c.id = x.care_plan_id"
                    + " join household h on h.id = c.household_id"
                    + " where (:all or c.jurisdiction_id = :j) and c.territory_path like :p and c.status = 'ACTIVO'"
                    + " and x.status in ('PENDIENTE', 'EN_CURSO') and x.due_on <= :until";
            long total = s.bind(jdbc.sql("select count(*)" + where)).query(Long.class).single();
            List<WorkItem> items = s.bind(jdbc.sql("select c.id as plan_id, x.action, x.due_on, h.code" + where
                            + " order by x.due_on, x.id limit " + SHOWN))
                    .query((rs, n) -> new WorkItem(shorten(rs.getString("action")),
                            "Plan de cuidado del hogar " + rs.getString("code"),
                            rs.getObject("due_on", LocalDate.class), "/care-plans/" + rs.getLong("plan_id")))
                    .list();
            return new WorkList("Acciones de planes de cuidado", "/households", total, items,
                    "No hay acciones que venzan en los próximos " + DAYS_AHEAD + " días.");
        });
    }

    private Scope scope(CurrentUser user) {
        AccessScope scope = policy.scope(user, CAPABILITY);
        LocalDate today = user.jurisdictionId() == null ? Times.todayHere() : Times.todayIn(user.jurisdictionId());
        return new Scope(scope, today.plusDays(DAYS_AHEAD));
    }

    private record Scope(AccessScope scope, LocalDate until) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
            return sql.param("all", scope.allJurisdictions())
                    .param("j", scope.jurisdictionId() == null ? -1L : scope.jurisdictionId())
                    .param("p", scope.likePattern()).param("until", until);
        }
    }

    static String severity(String code) {
        return switch (code) {
            case "BAJA" -> "baja";
            case "MEDIA" -> "media";
            case "ALTA" -> "alta";
            case "CRITICA" -> "crítica";
            default -> code.toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 80 ? t : t.substring(0, 79) + "…";
    }
}
