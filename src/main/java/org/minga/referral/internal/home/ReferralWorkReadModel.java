package org.minga.referral.internal.home;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorStaff;
import org.minga.offer.Need;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Times;
import org.minga.platform.WorkArea;
import org.minga.platform.WorkPanel;
import org.minga.platform.WorkPanel.Counted;
import org.minga.platform.WorkPanel.WorkItem;
import org.minga.platform.WorkPanel.WorkList;
import org.minga.platform.Labels;
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
@RequiredArgsConstructor
class ReferralWorkReadModel {

    private static final int SHOWN = 5;
    /** A referral waiting for the receiving entity (sent, received, accepted, in attention): the inbox's own rank. */
    private static final String WAITING = "inbox_rank = 0";

    private final JdbcClient jdbc;
    private final Labels labels;

    @Bean
    WorkPanel referralInboxPanel(ActorStaff staff) {
        return WorkPanel.of(WorkArea.REFERRAL_INBOX, Capability.ANSWER_REFERRALS, 10, user -> {
            List<Long> actors = staff.actorsOf(user.id());
            if (actors.isEmpty()) {
                return new WorkList("Bandeja de su entidad", "/referrals/inbox", 0, List.of(),
                        "Usted aún no figura como personal de una entidad.");
            }
            return WorkList.of("Bandeja de su entidad", "/referrals/inbox",
                    jdbc.sql(WorkPanel
                            .firstRowsCounted("select id, code, need_category, actor_name, due_on from referral"
                                    + " where actor_id in (:actors) and " + WAITING, "due_on, id", SHOWN))
                            .param("actors", actors).query(item(actors.size() > 1)).list(),
                    "No hay canalizaciones pendientes en la bandeja de su entidad.");
        });
    }

    @Bean
    WorkPanel overdueReferralsPanel(AccessPolicy policy) {
        return WorkPanel.of(WorkArea.FOLLOW_UP, Capability.READ_PERSONAL_DATA, 30, user -> {
            Map<String, Object> params = new HashMap<>(
                    policy.scope(user, Capability.READ_PERSONAL_DATA).filterParams());
            params.put("today", Times.todayFor(user));
            return WorkList.of("Canalizaciones vencidas sin respuesta", "/referrals/overdue",
                    jdbc.sql(WorkPanel
                            .firstRowsCounted("select id, code, need_category, actor_name, due_on from referral"
                                    + " where (:all or jurisdiction_id = :j) and territory_path like :p and " + WAITING
                                    + " and due_on < :today", "due_on, id", SHOWN))
                            .params(params).query(item(true)).list(),
                    "Ninguna canalización de sus territorios está vencida.");
        });
    }

    private RowMapper<Counted> item(boolean withEntity) {
        return (rs, n) -> Counted.of(rs, new WorkItem("Canalización " + rs.getString("code"),
                labels.of(Need.valueOf(rs.getString("need_category")))
                        + (withEntity ? " · " + rs.getString("actor_name") : ""),
                rs.getObject("due_on", LocalDate.class), "/referrals/" + rs.getLong("id")));
    }
}
