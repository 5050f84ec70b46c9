package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.minga.governance.internal.BarrierReadModel.BarrierView;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.CommitmentReadModel.CommitmentView;
import org.minga.governance.internal.InputPackReadModel.BodyFigures;
import org.minga.governance.internal.InputPackReadModel.LowerBody;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.Pdf;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The input pack the technical secretariat prepares for a higher instance: the commitments, barriers and figures of
 * the bodies below it in a period, as a page, JSON and PDF. Commitments are those made or due in the period;
 * barriers those with a step of their trail there in the period; figures are {@link BodyFigures}, and the totals
 * their sums.
 */
@Component
record InputPacks(BodyService bodies, Access access, InputPackReadModel read, CommitmentReadModel commitments,
        BarrierReadModel barriers, TemplateEngine templates, Labels labels) {

    /** The sums of the lower bodies' figures. */
    public record Totals(long sessionsHeld, long commitmentsMade, long commitmentsDone, long commitmentsOverdue,
            long barriersRaised, long barriersEscalated, long barriersResolved) {
        static Totals of(List<BodyFigures> figures) {
            return new Totals(figures.stream().mapToLong(BodyFigures::sessionsHeld).sum(),
                    figures.stream().mapToLong(BodyFigures::commitmentsMade).sum(),
                    figures.stream().mapToLong(BodyFigures::commitmentsDone).sum(),
                    figures.stream().mapToLong(BodyFigures::commitmentsOverdue).sum(),
                    figures.stream().mapToLong(BodyFigures::barriersRaised).sum(),
                    figures.stream().mapToLong(BodyFigures::barriersEscalated).sum(),
                    figures.stream().mapToLong(BodyFigures::barriersResolved).sum());
        }
    }

    public record InputPack(BodyView body, LocalDate from, LocalDate to, List<LowerBody> lowerBodies,
            List<CommitmentView> commitments, List<BarrierView> barriers, List<BodyFigures> figures, Totals totals) {
    }

    /** The pack of a body the user sees; the period defaults to the three months up to today. */
    InputPack of(long bodyId, LocalDate from, LocalDate to, CurrentUser user) {
        BodyView b = bodies.requireVisible(bodyId, user);
        Jurisdiction j = access.jurisdiction(b.jurisdictionId());
        LocalDate until = to == null ? LocalDate.now(j.zoneId()) : to;
        LocalDate since = from == null ? until.minusMonths(3).plusDays(1) : from;
        if (since.isAfter(until)) {
            throw new ValidationException("from", "La fecha inicial del periodo es posterior a la final.");
        }
        if (since.isBefore(until.minusYears(3))) {
            throw new ValidationException("from", "El periodo de un insumo abarca hasta tres años.");
        }
        List<LowerBody> lower = read.lower(bodyId);
        List<Long> ids = lower.stream().map(LowerBody::id).toList();
        List<BodyFigures> figures = read.figures(ids, j.timeZone(), since, until);
        return new InputPack(b, since, until, lower,
                commitments.ofBodiesInPeriod(ids, j.id(), j.timeZone(), since, until),
                barriers.ofBodiesInPeriod(ids, j.timeZone(), since, until), figures, Totals.of(figures));
    }

    byte[] pdf(InputPack pack) {
        Context ctx = new Context(Locale.forLanguageTag("es-CO"));
        ctx.setVariable("labels", labels);
        ctx.setVariable("p", pack);
        return Pdf.fromXhtml(templates.process("governance/input-pack-pdf", ctx),
                "el insumo de la instancia " + pack.body().id());
    }
}
