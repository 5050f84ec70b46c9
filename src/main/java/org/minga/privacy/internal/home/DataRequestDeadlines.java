package org.minga.privacy.internal.home;

import java.time.LocalDate;

import org.minga.platform.Capability;
import org.minga.platform.ClusterJobs;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.minga.platform.Times;
import org.minga.platform.BusinessDays;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, tells each jurisdiction's privacy officers which data-subject requests reach their legal deadline
 * within {@value #WARNING_BUSINESS_DAYS} business days (or passed it) without an answer; once per request and
 * deadline.
 */
@Component
record DataRequestDeadlines(DataRequestWorkReadModel requests, Jurisdictions jurisdictions,
        Notifications notifications, ClusterJobs jobs) {

    static final int WARNING_BUSINESS_DAYS = 3;

    @Scheduled(cron = "${minga.privacy.deadline-cron:0 30 6 * * *}", zone = "America/Bogota")
    void everyMorning() {
        jobs.once("privacy-request-deadlines", jurisdictions, this::remind);
    }

    /** Notifies the officers of a jurisdiction of the requests due by {@code today} plus the warning days; returns how many notifications went out. */
    int remind(Jurisdiction j, LocalDate today) {
        LocalDate limit = BusinessDays.forCountry(j.country()).add(today, WARNING_BUSINESS_DAYS);
        int sent = 0;
        for (DataRequestWorkReadModel.Due d : requests.unansweredDueBy(j.id(), limit)) {
            boolean late = d.dueOn().isBefore(today);
            sent += notifications.notifyCovering(j.id(), "/", Capability.PROCESS_DATA_REQUESTS, new Notification(
                    "data-request.due",
                    (late ? "Solicitud de titular vencida: " : "Solicitud de titular por vencer: ") + "solicitud "
                            + d.id(),
                    "El plazo legal " + (late ? "venció" : "vence") + " el " + Times.DATE.format(d.dueOn()) + ".",
                    "/privacy/requests/" + d.id(), j.id(), "data-request:" + d.id() + ":due:" + d.dueOn()));
        }
        return sent;
    }
}
