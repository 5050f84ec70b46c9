package org.minga.governance.internal.home;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Labels;
import org.minga.governance.BarrierType;
import org.minga.governance.internal.Gov.BarrierStatus;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.Times;
import org.minga.platform.WorkArea;
import org.minga.platform.WorkPanel;
import org.minga.platform.WorkPanel.Counted;
import org.minga.platform.WorkPanel.WorkItem;
import org.minga.platform.WorkPanel.WorkList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A local, zonal or district official's home: the overdue commitments and the open barriers of their territories.
 * One query per panel.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class FollowUpWorkReadModel {

    private static final int SHOWN = 5;
    private static final Capability CAPABILITY = Capability.RUN_GOVERNANCE;

    private final Labels labels;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    @Bean
    WorkPanel overdueCommitmentsPanel() {
        return WorkPanel.of(WorkArea.FOLLOW_UP, CAPABILITY, 10, user -> WorkList.of("Compromisos vencidos",
                "/governance/commitments",
                jdbc.sql(WorkPanel.firstRowsCounted("select c.id, c.title, c.due_date, c.progress, b.name"
                        + " from gov_commitment c join gov_body b on b.id = c.body_id"
                        + " where (:all or c.jurisdiction_id = :j) and c.territory_path like :p"
                        + " and c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and c.due_date < :today",
                        "due_date, id", SHOWN))
                        .params(params(user))
                        .query((rs, n) -> Counted.of(rs, new WorkItem(rs.getString("title"),
                                rs.getString("name") + " · avance " + rs.getInt("progress") + " %",
                                rs.getObject("due_date", LocalDate.class),
                                "/governance/commitments/" + rs.getLong("id"))))
                        .list(),
                "Ningún compromiso de sus territorios está vencido."));
    }

    @Bean
    WorkPanel openBarriersPanel() {
        return WorkPanel.of(WorkArea.FOLLOW_UP, CAPABILITY, 20, user -> WorkList.of("Barreras abiertas",
                "/governance/barriers",
                jdbc.sql(WorkPanel.firstRowsCounted(
                        "select g.id, g.title, g.barrier_type, g.status, b.name, g.created_at"
                                + " from gov_barrier g join gov_body b on b.id = g.current_body_id"
                                + " where (:all or g.jurisdiction_id = :j) and g.territory_path like :p"
                                + " and g.status in ('OPEN', 'ESCALATED', 'RETURNED') and g.kind = 'BARRIER'",
                        "created_at, id", SHOWN))
                        .params(params(user))
                        .query((rs, n) -> Counted.of(rs, new WorkItem(rs.getString("title"),
                                "Barrera " + lower(labels.of(BarrierType.valueOf(rs.getString("barrier_type"))))
                                        + " · " + lower(labels.of(BarrierStatus.valueOf(rs.getString("status"))))
                                        + " en " + rs.getString("name"),
                                null, "/governance/barriers/" + rs.getLong("id"))))
                        .list(),
                "No hay barreras abiertas en sus territorios."));
    }

    private Map<String, Object> params(CurrentUser user) {
        Map<String, Object> params = new HashMap<>(policy.scope(user, CAPABILITY).filterParams());
        params.put("today", Times.todayFor(user));
        return params;
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
