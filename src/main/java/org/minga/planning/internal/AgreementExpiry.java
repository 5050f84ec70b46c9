package org.minga.planning.internal;

import java.time.LocalDate;

import org.minga.platform.Capability;
import org.minga.platform.ClusterJobs;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotificationTopic;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.minga.platform.Times;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, tells who manages plans in the agreement's territory which agreements end within
 * {@value #WARNING_DAYS} days; once per agreement and end date (a renewed agreement is told again).
 */
@Component
record AgreementExpiry(AgreementReadModel agreements, Jurisdictions jurisdictions, Notifications notifications,
        ClusterJobs jobs) {

    static final int WARNING_DAYS = 30;

    @Bean
    static NotificationTopic agreementTopic() {
        return new NotificationTopic("agreement", "Convenios y contratos",
                "Convenios y contratos interadministrativos de los planes de acción que están por vencer.", 85);
    }

    @Scheduled(cron = "${minga.planning.agreement-cron:0 45 6 * * *}", zone = "America/Bogota")
    void everyMorning() {
        jobs.once("planning-agreement-expiry", jurisdictions, this::remind);
    }

    /** Notifies the agreements of a jurisdiction ending by {@code today} plus the warning days; returns how many went out. */
    int remind(Jurisdiction j, LocalDate today) {
        int sent = 0;
        for (AgreementReadModel.Expiring a : agreements.endingBetween(j.id(), today, today.plusDays(WARNING_DAYS))) {
            sent += notifications.notifyCovering(j.id(), a.territoryPath(), Capability.MANAGE_PLANS, new Notification(
                    "agreement.expiring", "Convenio por vencer: " + a.code(),
                    "El convenio " + a.code() + " vence el " + Times.DATE.format(a.endsOn()) + ".",
                    "/planning/action-plans/" + a.actionPlanId(), j.id(),
                    "agreement:" + a.id() + ":ends:" + a.endsOn()));
        }
        return sent;
    }
}
