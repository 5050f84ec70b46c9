package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NavigationItem;
import org.minga.platform.UserAccounts;
import org.minga.practice.EvidenceSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Navigation, the daily commitments job, the "body" evidence for good practices, and the demo account links. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GovernanceConfiguration {

    @Bean
    NavigationItem governanceNavigation() {
        return NavigationItem.forAll("governance", "Gobernanza", "/governance", 40);
    }

    /** Live figures of a body for a good practice linked to it (reference: the body's id or code). */
    @Bean
    EvidenceSource bodyEvidence(BodyService bodies, MeasureReadModel measures,
            Jurisdictions jurisdictions) {
        return new EvidenceSource() {
            @Override
            public String linkType() {
                return "body";
            }

            @Override
            public Optional<Evidence> figures(long jurisdictionId, String reference) {
                if (reference == null || reference.isBlank()) {
                    return Optional.empty();
                }
                String r = reference.strip();
                Optional<BodyReadModel.BodyView> b = r.matches("\\d+") ? bodies.byId(Long.parseLong(r))
                        : bodies.byCode(jurisdictionId, r);
                return b.filter(x -> x.jurisdictionId() == jurisdictionId).map(x -> {
                    Jurisdiction j = jurisdictions.byId(jurisdictionId).orElseThrow();
                    LocalDate today = LocalDate.now(j.zoneId());
                    MeasureReadModel.Measures m = measures.of(jurisdictionId, x.id(), x.territoryPath(), today,
                            CommitmentCalendar.overdueCutoff(j, today));
                    long members = measures.members(x.id());
                    long held = measures.sessionsHeld(x.id());
                    return new Evidence(x.name(), "/governance/bodies/" + x.id(), List.of(
                            new Figure("Integrantes", String.valueOf(members)),
                            new Figure("Sesiones realizadas", String.valueOf(held)),
                            new Figure("Compromisos", String.valueOf(m.commitments())),
                            new Figure("Compromisos abiertos", String.valueOf(m.openCommitments())),
                            new Figure("Compromisos vencidos", String.valueOf(m.overdueCommitments())),
                            new Figure("Cumplimiento", m.intensity().fulfilment() == null ? "—"
                                    : String.format(Locale.ROOT, "%.0f %%", m.intensity().fulfilment() * 100))));
                });
            }
        };
    }

    /** Every morning: commitments overdue in business days are marked and their responsible users notified. */
    @Component
    record CommitmentJob(OverdueCommitments commitments, Jurisdictions jurisdictions,
            org.minga.platform.ClusterJobs jobs) {

        private static final Logger log = LoggerFactory.getLogger(CommitmentJob.class);

        @Scheduled(cron = "${minga.governance.commitment-job-cron:0 0 6 * * *}", zone = "America/Bogota")
        void scheduled() {
            jobs.once("governance-overdue-commitments", jurisdictions, this::run);
        }

        /** Runs for one jurisdiction on its own today. */
        void run(Jurisdiction j, LocalDate today) {
            OverdueCommitments.JobResult r = commitments.daily(j, today);
            if (r.markedOverdue() + r.notifiedDueSoon() + r.notifiedOverdue() > 0) {
                log.info("Compromisos {}: {} vencidos, {} avisos de vencimiento, {} por vencer", j.name(),
                        r.markedOverdue(), r.notifiedOverdue(), r.notifiedDueSoon());
            }
        }
    }

    /**
     * Demo data loads before the demo users exist; members named by a demo username are linked to the account here,
     * once the accounts are there (start-up phase after the demo loader), and their commitments with them.
     */
    @Component
    static class DemoAccountLinker implements SmartLifecycle {

        private final BodyRepository bodies;
        private final UserAccounts users;
        private final boolean demo;
        private volatile boolean running;

        DemoAccountLinker(BodyRepository bodies, UserAccounts users, @Value("${minga.demo:true}") boolean demo) {
            this.bodies = bodies;
            this.users = users;
            this.demo = demo;
        }

        @Override
        public void start() {
            running = true;
            if (!demo) {
                return;
            }
            bodies.linkAccounts(users.idsOf(bodies.pendingUsernames()));
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return 20;
        }
    }
}
