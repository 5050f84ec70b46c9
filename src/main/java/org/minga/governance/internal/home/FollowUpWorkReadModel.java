package org.minga.governance.internal.home;

import java.time.LocalDate;
import java.util.List;

import org.minga.governance.BarrierType;
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

/** A local, zonal or district official's home: the overdue commitments and the open barriers of their territories. */
@Configuration(proxyBeanMethods = false)
class FollowUpWorkReadModel {

    private static final int SHOWN = 5;
    private static final Capability CAPABILITY = Capability.RUN_GOVERNANCE;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    FollowUpWorkReadModel(JdbcClient jdbc, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Bean
    WorkPanel overdueCommitmentsPanel() {
        return WorkPanel.of(WorkArea.FOLLOW_UP, CAPABILITY, 10, user -> {
            String where = " from gov_commitment c join gov_body b on b.id = c.body_id"
                    + " where (:all or c.jurisdiction_id = :j) and c.territory_path like :p"
                    + " and c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and c.due_date < :today";
            long total = bind(jdbc.sql("select count(*)" + where), user).query(Long.class).single();
            List<WorkItem> items = bind(jdbc.sql("select c.id, c.title, c.due_date, c.progress, b.name" + where
                    + " order by c.due_date, c.id limit " + SHOWN), user)
                    .query((rs, n) -> new WorkItem(rs.getString("title"),
                            rs.getString("name") + " · avance " + rs.getInt("progress") + " %",
                            rs.getObject("due_date", LocalDate.class), "/governance/commitments/" + rs.getLong("id")))
                    .list();
            return new WorkList("Compromisos vencidos", "/governance/commitments", total, items,
                    "Ningún compromiso de sus territorios está vencido.");
        });
    }

    @Bean
    WorkPanel openBarriersPanel() {
        return WorkPanel.of(WorkArea.FOLLOW_UP, CAPABILITY, 20, user -> {
            String where = " from gov_barrier g join gov_body b on b.id = g.current_body_id"
                    + " where (:all or g.jurisdiction_id = :j) and g.territory_path like :p"
                    + " and g.status in ('OPEN', 'ESCALATED', 'RETURNED') and g.kind = 'BARRIER'";
            long total = bind(jdbc.sql("select count(*)" + where), user).query(Long.class).single();
            List<WorkItem> items = bind(jdbc.sql("select g.id, g.title, g.barrier_type, g.status, b.name" + where
                    + " order by g.created_at, g.id limit " + SHOWN), user)
                    .query((rs, n) -> new WorkItem(rs.getString("title"),
                            "Barrera " + BarrierType.valueOf(rs.getString("barrier_type")).label().toLowerCase(java.util.Locale.ROOT)
                                    + " · " + status(rs.getString("status")) + " en " + rs.getString("name"),
                            null, "/governance/barriers/" + rs.getLong("id")))
                    .list();
            return new WorkList("Barreras abiertas", "/governance/barriers", total, items,
                    "No hay barreras abiertas en sus territorios.");
        });
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, CurrentUser user) {
        AccessScope scope = policy.scope(user, CAPABILITY);
        LocalDate today = user.jurisdictionId() == null ? Times.todayHere() : Times.todayIn(user.jurisdictionId());
        return sql.param("all", scope.allJurisdictions())
                .param("j", scope.jurisdictionId() == null ? -1L : scope.jurisdictionId())
                .param("p", scope.likePattern()).param("today", today);
    }

    private static String status(String code) {
        return switch (code) {
            case "ESCALATED" -> "escalada";
            case "RETURNED" -> "devuelta";
            default -> "abierta";
        };
    }
}
