package org.minga.privacy.internal.home;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.WorkArea;
import org.minga.platform.WorkPanel;
import org.minga.platform.WorkPanel.Counted;
import org.minga.platform.WorkPanel.WorkItem;
import org.minga.platform.Times;
import org.springframework.context.MessageSource;
import java.util.Locale;
import org.minga.platform.WorkPanel.WorkList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The privacy officer's home: the data-subject requests waiting for an answer, by legal deadline (Ley 1581: ten
 * business days for a consulta, fifteen for a reclamo). By number and kind, never the requester's name.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class DataRequestWorkReadModel {

    /** A data-subject request waiting for an answer, by its legal deadline. */
    record Due(long id, String kind, LocalDate dueOn) {
    }

    private final JdbcClient jdbc;

    /** The requests of a jurisdiction still unanswered whose deadline falls on or before {@code limit}. */
    List<Due> unansweredDueBy(long jurisdictionId, LocalDate limit) {
        return jdbc.sql("""
                select id, kind, due_on from data_request
                where jurisdiction_id = :j and status = 'RADICADA' and due_on <= :limit order by due_on, id""")
                .param("j", jurisdictionId).param("limit", limit)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("kind"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    private static final int SHOWN = 5;
    private static final Capability CAPABILITY = Capability.PROCESS_DATA_REQUESTS;

    @Bean
    WorkPanel dataRequestsPanel(AccessPolicy policy, MessageSource messages) {
        Locale es = Locale.forLanguageTag("es");
        return WorkPanel.of(WorkArea.DATA_REQUESTS, CAPABILITY, 10, user -> WorkList.of(
                "Solicitudes de titulares por responder", "/privacy/requests",
                jdbc.sql(WorkPanel.firstRowsCounted("select id, kind, received_on, due_on from data_request"
                        + " where (:all or jurisdiction_id = :j) and status = 'RADICADA'", "due_on, id", SHOWN))
                        .params(policy.scope(user, CAPABILITY).filterParams())
                        .query((rs, n) -> Counted.of(rs, new WorkItem("Solicitud " + rs.getLong("id") + " · "
                                + messages
                                        .getMessage("enum.DataRequestKind." + rs.getString("kind"), null,
                                                rs.getString("kind"), es)
                                        .toLowerCase(es),
                                "Radicada el " + Times.DATE.format(rs.getObject("received_on", LocalDate.class)),
                                rs.getObject("due_on", LocalDate.class), "/privacy/requests/" + rs.getLong("id"))))
                        .list(),
                "No hay solicitudes de titulares pendientes."));
    }
}
