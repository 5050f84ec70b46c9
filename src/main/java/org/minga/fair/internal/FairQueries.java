package org.minga.fair.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.fair.internal.FairRecords.AttendanceRow;
import org.minga.fair.internal.FairRecords.BarrioOption;
import org.minga.fair.internal.FairRecords.Comparison;
import org.minga.fair.internal.FairRecords.FairView;
import org.minga.fair.internal.domain.FairStatus;
import org.minga.offer.ServiceCard;
import org.minga.offer.ServiceOffer;
import org.minga.platform.AccessScope;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.territory.PrioritizationIndex;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;

/**
 * What the fair pages ask besides a fair itself, for the user asking: the schedule they see, the barrios to choose
 * from with their priority, the registrations they may read, the comparison of a year, the offer and the actors to
 * pick from.
 */
@Service
record FairQueries(FairReadModel read, FairResultsReadModel results, FairAccess access, Territories territories,
        PrioritizationIndex prioritization, Actors actors, ServiceOffer offer, Labels labels) {

    /** Fairs of a year the user sees, in date order (the schedule); {@code status} by code or words. */
    PageResult<FairView> schedule(Jurisdiction j, Integer year, String status, CurrentUser u, PageRequest page) {
        AccessScope scope = access.scheduleScope(u);
        return read.schedule(j.id(), year, labels.parse(FairStatus.class, status).orElse(null), scope,
                scope == null ? access.entitiesOf(u) : List.of(), page);
    }

    /** Barrios and veredas of the user's scope with their rank in the latest prioritisation and their last fair. */
    List<BarrioOption> barrioOptions(Jurisdiction j, CurrentUser u) {
        Map<Long, LocalDate> last = read.lastFairs(j.id());
        List<BarrioOption> out = new ArrayList<>();
        AccessScope scope = territories.scopeOf(u);
        for (String level : List.of("barrio", "vereda")) {
            Map<Long, PrioritizationIndex.Ranking> ranks = prioritization.latest(j.id(), level);
            for (TerritoryView t : territories.ofLevel(j.id(), level, scope)) {
                PrioritizationIndex.Ranking r = ranks.get(t.id());
                out.add(new BarrioOption(t.id(), t.name(), r == null ? null : r.rank(), r == null ? null : r.score(),
                        last.get(t.id())));
            }
        }
        out.sort(Comparator.comparing((BarrioOption b) -> b.rank() == null ? Integer.MAX_VALUE : b.rank())
                .thenComparing(BarrioOption::name));
        return out;
    }

    PageResult<AttendanceRow> attendances(long fairId, CurrentUser u, PageRequest page) {
        FairView f = access.requireVisible(fairId, u);
        return read.attendances(f.id(), access.attendancesSeenBy(f, u), page);
    }

    /** The fairs of a year side by side. */
    List<Comparison> compare(Jurisdiction j, int year, CurrentUser u) {
        List<FairView> fairs = schedule(j, year, null, u, new PageRequest(0, PageResult.MAX_SIZE)).items();
        if (fairs.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> figures = results.figures(fairs.stream().map(FairView::id).toList());
        return fairs.stream().map(f -> {
            long[] x = figures.get(f.id());
            return new Comparison(f.id(), f.code(), f.name(), f.territoryName(), f.date(), f.status(), f.statusLabel(),
                    x[0], x[1], x[2], x[3]);
        }).toList();
    }

    /** The active services of the offer of a jurisdiction. */
    List<ServiceCard> offerServices(long jurisdictionId) {
        return offer.activeServices(jurisdictionId);
    }

    /** Actors of a jurisdiction for the "who comes" form, by name. */
    List<ActorSummary> actorOptions(long jurisdictionId) {
        return actors.search(jurisdictionId, null, new PageRequest(0, PageResult.MAX_SIZE)).items().stream()
                .filter(ActorSummary::active).toList();
    }

    /** Codes of the territories where fairs of the year were held (for the map). */
    List<String> heldTerritoryCodes(Jurisdiction j, int year, CurrentUser u) {
        return schedule(j, year, "REALIZADA", u, new PageRequest(0, PageResult.MAX_SIZE)).items().stream()
                .map(FairView::territoryId).distinct().map(territories::byId).flatMap(Optional::stream)
                .map(TerritoryView::code).toList();
    }
}
