package org.minga.household.internal.home;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.Times;
import org.minga.platform.WorkArea;
import org.minga.platform.WorkPanel;
import org.minga.platform.WorkPanel.Counted;
import org.minga.platform.WorkPanel.WorkItem;
import org.minga.platform.WorkPanel.WorkList;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A field worker's home: the visits due, the open alerts and the care-plan actions falling due in the territories
 * where the worker records personal data. Households by code, never by a person's name. One query per panel.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class FieldWorkReadModel {

    /** How far ahead a visit or an action counts as due. */
    static final int DAYS_AHEAD = 7;
    private static final int SHOWN = 5;
    private static final Capability CAPABILITY = Capability.RECORD_PERSONAL_DATA;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final MessageSource messages;

    @Bean
    WorkPanel visitsDuePanel() {
        return WorkPanel.of(WorkArea.FIELD_WORK, CAPABILITY, 10, user -> WorkList.of("Visitas por hacer", "/households",
                jdbc.sql(WorkPanel.firstRowsCounted("select id, code, next_visit_on from household"
                        + " where (:all or jurisdiction_id = :j) and territory_path like :p and next_visit_on <= :until",
                        "next_visit_on, code", SHOWN))
                        .params(params(user))
                        .query((rs, n) -> Counted.of(rs, new WorkItem("Hogar " + rs.getString("code"), null,
                                rs.getObject("next_visit_on", LocalDate.class), "/households/" + rs.getLong("id"))))
                        .list(),
                "No hay visitas programadas para los próximos " + DAYS_AHEAD + " días."));
    }

    @Bean
    WorkPanel openAlertsPanel() {
        return WorkPanel.of(WorkArea.FIELD_WORK, CAPABILITY, 20, user -> WorkList.of("Alertas abiertas", "/alerts",
                jdbc.sql(WorkPanel.firstRowsCounted("select a.id, a.household_id, a.due_on, a.severity, r.name, h.code"
                        + " from alert a join alert_rule r on r.id = a.rule_id join household h on h.id = a.household_id"
                        + " where (:all or a.jurisdiction_id = :j) and a.territory_path like :p"
                        + " and a.status in ('ABIERTA', 'EN_GESTION')", "due_on, id", SHOWN))
                        .params(params(user))
                        .query((rs, n) -> Counted.of(rs, new WorkItem(rs.getString("name"),
                                "Hogar " + rs.getString("code") + " · gravedad " + severity(rs.getString("severity")),
                                rs.getObject("due_on", LocalDate.class), "/households/" + rs.getLong("household_id"))))
                        .list(),
                "No hay alertas abiertas."));
    }

    @Bean
    WorkPanel carePlanActionsPanel() {
        return WorkPanel.of(WorkArea.FIELD_WORK, CAPABILITY, 30, user -> WorkList.of("Acciones de planes de cuidado",
                "/households",
                jdbc.sql(WorkPanel.firstRowsCounted("select x.id, c.id as plan_id, x.action, x.due_on, h.code"
                        + " from care_plan_action x join care_plan c on c.id = x.care_plan_id"
                        + " join household h on h.id = c.household_id"
                        + " where (:all or c.jurisdiction_id = :j) and c.territory_path like :p and c.status = 'ACTIVO'"
                        + " and x.status in ('PENDIENTE', 'EN_CURSO') and x.due_on <= :until", "due_on, id", SHOWN))
                        .params(params(user))
                        .query((rs, n) -> Counted.of(rs, new WorkItem(shorten(rs.getString("action")),
                                "Plan de cuidado del hogar " + rs.getString("code"),
                                rs.getObject("due_on", LocalDate.class), "/care-plans/" + rs.getLong("plan_id"))))
                        .list(),
                "No hay acciones que venzan en los próximos " + DAYS_AHEAD + " días."));
    }

    /** The user's territories and the last day that counts as due. */
    private Map<String, Object> params(CurrentUser user) {
        Map<String, Object> params = new java.util.HashMap<>(policy.scope(user, CAPABILITY).filterParams());
        params.put("until", Times.todayFor(user).plusDays(DAYS_AHEAD));
        return params;
    }

    /** The severity as the alert pages name it (the household bundle), in lower case inside a sentence. */
    private String severity(String code) {
        return messages.getMessage("hh.severity." + code, null, code, Locale.forLanguageTag("es"))
                .toLowerCase(Locale.forLanguageTag("es"));
    }

    static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 80 ? t : t.substring(0, 79) + "…";
    }
}
