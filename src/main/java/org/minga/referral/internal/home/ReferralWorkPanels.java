package org.minga.referral.internal.home;

import java.time.LocalDate;
import java.util.List;

import org.minga.actor.ActorStaff;
import org.minga.offer.Need;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.Times;
import org.minga.platform.WorkArea;
import org.minga.platform.WorkPanel;
import org.minga.platform.WorkPanel.WorkItem;
import org.minga.platform.WorkPanel.WorkList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Referrals on the home page: an entity's inbox by legal deadline (entity staff), and the referrals of the user's
 * territories that passed their deadline unanswered (local, zonal and district officials). By code and need, never
 * the person's name.
 */
@Configuration(proxyBeanMethods = false)
class ReferralWorkPanels {

    private static final int SHOWN = 5;
    /** The statuses in which a referral waits for the receiving entity. */
    private static final String WAITING = "('SENT', 'RECEIVED', 'ACCEPTED', 'IN_ATTENTION')";

    private final JdbcClient jdbc;

    ReferralWorkPanels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    WorkPanel referralInboxPanel(ActorStaff staff) {
        return WorkPanel.of(WorkArea.REFERRAL_INBOX, Capability.ANSWER_REFERRALS, 10, user -> {
            List<Long> actors = staff.actorsOf(user.id());
            String empty = "No hay canalizaciones pendientes en la bandeja de su entidad.";
            if (actors.isEmpty()) {
                return new WorkList("Bandeja de su entidad", "/referrals/inbox", 0, List.of(),
                        "Usted aún no figura como personal de una entidad.");
            }
            String where = " from referral where actor_id in (:actors) and status in " + WAITING;
            long total = jdbc.sql("select count(*)" + where).param("actors", actors).query(Long.class).single();
            List<WorkItem> items = jdbc.sql("select id, code, need_category, actor_name, due_on" + where
                            + " order by due_on, id limit " + SHOWN)
                    .param("actors", actors).query(item(actors.size() > 1)).list();
            return new WorkList("Bandeja de su entidad", "/referrals/inbox", total, items, empty);
        });
    }

    @Bean
    WorkPanel overdueReferralsPanel(AccessPolicy policy) {
        return WorkPanel.of(WorkArea.FOLLOW_UP, Capability.READ_PERSONAL_DATA, 30, user -> {
            AccessScope scope = policy.scope(user, Capability.READ_PERSONAL_DATA);
            LocalDate today = user.jurisdictionId() == null ? Times.todayHere() : Times.todayIn(user.jurisdictionId());
            String where = " from referral where (:all or jurisdiction_id = :j) and territory_path like :p"
                    + " and status in " + WAITING + " and due_on < :today";
            long total = bind(jdbc.sql("select count(*)" + where), scope, today).query(Long.class).single();
            List<WorkItem> items = bind(jdbc.sql("select id, code, need_category, actor_name, due_on" + where
                    + " order by due_on, id limit " + SHOWN), scope, today).query(item(true)).list();
            return new WorkList("Canalizaciones vencidas sin respuesta", "/referrals/overdue", total, items,
                    "Ninguna canalización de sus territorios está vencida.");
        });
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AccessScope scope, LocalDate today) {
        return sql.param("all", scope.allJurisdictions())
                .param("j", scope.jurisdictionId() == null ? -1L : scope.jurisdictionId())
                .param("p", scope.likePattern()).param("today", today);
    }

    private static RowMapper<WorkItem> item(boolean withEntity) {
        return (rs, n) -> new WorkItem("Canalización " + rs.getString("code"),
                Need.valueOf(rs.getString("need_category")).label()
                        + (withEntity ? " · " + rs.getString("actor_name") : ""),
                rs.getObject("due_on", LocalDate.class), "/referrals/" + rs.getLong("id"));
    }
}
