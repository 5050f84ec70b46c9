package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.governance.internal.CommitmentStatements.DueRow;
import org.minga.platform.Times;
import org.minga.platform.AuditLog;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily commitments job for one jurisdiction: marks open commitments overdue (in business days) and notifies
 * their responsible users once; notifies those due within two business days once per due date.
 */
@Service
@RequiredArgsConstructor
class OverdueCommitments {

    public record JobResult(int markedOverdue, int notifiedOverdue, int notifiedDueSoon) {
    }

    private final CommitmentRepository commitments;
    private final CommitmentReadModel read;
    private final AuditLog audit;
    private final Notifications notifications;

    @Transactional
    public JobResult daily(Jurisdiction j, LocalDate today) {
        LocalDate cutoff = CommitmentCalendar.overdueCutoff(j, today);
        List<DueRow> overdue = commitments.markOverdue(j.id(), cutoff);
        if (!overdue.isEmpty()) {
            audit.record("UPDATE", "gov_commitment", null, j.id(),
                    overdue.size() + " compromisos marcados como vencidos al " + today, null,
                    Map.of("ids", overdue.stream().map(DueRow::id).limit(1000).toList()));
        }
        int notifiedOverdue = notify(j, read.overdueWithUser(j.id(), cutoff), "commitment.overdue",
                "Compromiso vencido: ", " venció el ", false);
        LocalDate soon = CommitmentCalendar.businessDays(j).add(today, 2);
        int notifiedSoon = notify(j, read.dueSoonWithUser(j.id(), cutoff, soon), "commitment.due",
                "Compromiso por vencer: ", " vence el ", true);
        return new JobResult(overdue.size(), notifiedOverdue, notifiedSoon);
    }

    /** One notice per row (deduplicated by its key: once overdue, or once per due date when it is due soon). */
    private int notify(Jurisdiction j, List<DueRow> rows, String kind, String title, String verb, boolean perDate) {
        int n = 0;
        for (DueRow r : rows) {
            String key = "commitment:" + r.id() + (perDate ? ":due:" + r.due() : ":overdue");
            if (notifications.notifyUser(r.userId(), new Notification(kind, title + r.title(),
                    "El compromiso de " + r.body() + verb + Times.DATE.format(r.due()) + ".",
                    "/governance/commitments/" + r.id(),
                    j.id(), key))) {
                n++;
            }
        }
        return n;
    }
}
