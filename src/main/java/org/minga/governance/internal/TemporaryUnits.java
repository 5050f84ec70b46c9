package org.minga.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.governance.internal.domain.Body;
import org.minga.platform.AuditLog;
import org.minga.platform.ClusterJobs;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary units (Unidades Técnicas de Apoyo, seed 004) close on their end date: each morning the units of a
 * jurisdiction whose date has come are closed and their sessions scheduled after it are cancelled.
 */
@Service
@RequiredArgsConstructor
class TemporaryUnits {

    private final BodyRepository repository;
    private final BodyReadModel read;
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;
    private final ClusterJobs jobs;

    @Scheduled(cron = "${minga.governance.commitment-job-cron:0 0 6 * * *}", zone = "America/Bogota")
    void scheduled() {
        jobs.once("governance-temporary-units", java.time.Duration.ofMinutes(5),
                () -> jurisdictions.all().forEach(j -> closeEnded(j, LocalDate.now(j.zoneId()))));
    }

    /** Closes the units of {@code j} whose end date is {@code today} or before; answers their ids. */
    @Transactional
    public List<Long> closeEnded(Jurisdiction j, LocalDate today) {
        List<Long> ids = read.endedUnits(j.id(), today);
        Instant now = Instant.now();
        for (long id : ids) {
            Body unit = repository.findById(id).orElseThrow();
            unit.closeOnEnd(today, now);
            repository.save(unit);
            int cancelled = repository.cancelSessionsFrom(id,
                    unit.endsOn().plusDays(1).atStartOfDay(j.zoneId()).toInstant());
            audit.record("UPDATE", "gov_body", id, j.id(), "Unidad temporal " + unit.name() + " cerrada el "
                    + unit.endsOn() + (cancelled == 0 ? "" : "; " + cancelled + " sesiones posteriores canceladas"),
                    null, Map.of("closedOn", unit.endsOn().toString(), "cancelledSessions", cancelled));
        }
        return ids;
    }
}
