package org.minga.training.internal.home;

import java.time.LocalDate;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Labels;
import org.minga.platform.WorkArea;
import org.minga.platform.WorkPanel;
import org.minga.platform.WorkPanel.Counted;
import org.minga.platform.WorkPanel.WorkItem;
import org.minga.platform.WorkPanel.WorkList;
import org.minga.training.internal.domain.ProgrammeStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The training roles' home (district, zonal, local): the programmes of their territories still running, open ones
 * first, each with its last session and how many completed; figures and codes, never a participant's name.
 */
@Configuration(proxyBeanMethods = false)
class TrainingWorkReadModel {

    private static final int SHOWN = 5;

    @Bean
    WorkPanel runningProgrammesPanel(JdbcClient jdbc, AccessPolicy policy, Labels labels) {
        return WorkPanel.of(WorkArea.FOLLOW_UP, Capability.RUN_TRAINING, 40, user -> WorkList.of(
                "Programas de formación en curso", "/training?status=OPEN",
                jdbc.sql(
                        """
                                select p.id, p.code, p.name, p.status,
                                       (select max(s.held_on) from training_session s where s.programme_id = p.id) as last_session,
                                       (select count(*) from training_participant x where x.programme_id = p.id
                                           and x.status = 'COMPLETED') as completed,
                                       count(*) over () as total
                                  from training_programme p
                                 where (:all or p.jurisdiction_id = :j)
                                   and exists (select 1 from training_programme_territory pt
                                                where pt.programme_id = p.id and pt.territory_path like :p)
                                   and p.status in ('PLANNED', 'OPEN')
                                 order by p.status = 'PLANNED', p.code limit :shown""")
                        .param("shown", SHOWN)
                        .params(policy.scope(user, Capability.RUN_TRAINING).filterParams())
                        .query((rs, n) -> Counted.of(rs,
                                new WorkItem(rs.getString("code") + " · " + rs.getString("name"),
                                        labels.of(ProgrammeStatus.valueOf(rs.getString("status")))
                                                + (rs.getObject("last_session", LocalDate.class) == null
                                                        ? " · sin sesiones"
                                                        : " · última sesión "
                                                                + rs.getObject("last_session", LocalDate.class))
                                                + " · " + rs.getLong("completed") + " completaron",
                                        null, "/training/programmes/" + rs.getLong("id"))))
                        .list(),
                "Ningún programa de formación de sus territorios está en curso."));
    }
}
