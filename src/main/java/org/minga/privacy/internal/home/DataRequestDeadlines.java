package org.minga.privacy.internal.home;

import java.time.LocalDate;
import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.minga.platform.Times;
import org.minga.privacy.BusinessDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, tells each jurisdiction's privacy officers which data-subject requests reach their legal deadline
 * within {@value #WARNING_BUSINESS_DAYS} business days (or passed it) without an answer; once per request and
 * deadline.
 */
@Component
class DataRequestDeadlines {

    static final int WARNING_BUSINESS_DAYS = 3;

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final Notifications notifications;

    DataRequestDeadlines(JdbcClient jdbc, Jurisdictions jurisdictions, Notifications notifications) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.notifications = notifications;
    }

    @Scheduled(cron = "${minga.privacy.deadline-cron:0 30 6 * * *}", zone = "America/Bogota")
    void everyMorning() {
        for (Jurisdiction j : jurisdictions.all()) {
            remind(j, Times.todayIn(j.id()));
        }
    }

    /** Notifies the officers of a jurisdiction of the requests due by {@code today} plus the warning days; returns how many notifications went out. */
    @Transactional
    int remind(Jurisdiction j, LocalDate today) {
        LocalDate limit = BusinessDays.forCountry(j.country()).add(today, WARNING_BUSINESS_DAYS);
        record Due(long id, String kind, LocalDate dueOn) {
        }
        List<Due> due = jdbc.sql("""
                        select id, kind, due_on from data_request
                        where jurisdiction_id = :j and status = 'RADICADA' and due_on <= :limit order by due_on, id""")
                .param("j", j.id()).param("limit", limit)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("kind"), rs.getObject("due_on", LocalDate.class)))
                .list();
        int sent = 0;
        for (Due d : due) {
            boolean late = d.dueOn().isBefore(today);
            sent += notifications.notifyCovering(j.id(), "/", Capability.PROCESS_DATA_REQUESTS, new Notification(
                    "data-request.due",
                    (late ? "Solicitud de titular vencida: " : "Solicitud de titular por vencer: ") + "solicitud " + d.id(),
                    "El plazo legal " + (late ? "venció" : "vence") + " el " + Times.DATE.format(d.dueOn()) + ".",
                    "/privacy/requests/" + d.id(), j.id(), "data-request:" + d.id() + ":due:" + d.dueOn()));
        }
        return sent;
    }
}
