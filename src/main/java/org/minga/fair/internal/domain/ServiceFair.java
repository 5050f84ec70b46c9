package org.minga.fair.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service fair (jornada "Barrios con Bienestar"): a day when many entities bring their services to one barrio or
 * vereda, through the states of {@link FairStatus}. It is scheduled (planeada unless said otherwise), revised as a
 * whole, and attends people at its stands ({@link #attend}) unless it was cancelled.
 *
 * <p>Mapped by Spring Data JDBC to the {@code fair} table (only mapping annotations). Its participants, stands,
 * checklist, lessons and registrations are rows of their own, written by the repository's statements: they are
 * added one at a time by different people at once, and their ids are what pages and the offline queue refer to.
 */
@Table("fair")
public class ServiceFair extends CatalogueEntry<ServiceFair> {

    /** What the planners state about a fair: when, where and what for. */
    public record Plan(String code, String name, String program, FairPlace place, LocalDate date,
            LocalTime startsAt, LocalTime endsAt, String site, String focus) {

        public Plan {
            if (code == null || code.isBlank() || name == null || name.isBlank() || site == null || site.isBlank()) {
                throw new IllegalArgumentException("A fair's plan has a code, a name and a site");
            }
            if (date == null || startsAt == null || endsAt == null || place == null) {
                throw new IllegalArgumentException("A fair's plan has a place, a date and its hours");
            }
            if (!endsAt.isAfter(startsAt)) {
                throw new ValidationException("endsAt", "La hora de cierre debe ser posterior a la de inicio.");
            }
        }
    }

    private String program;
    private long territoryId;
    private String territoryPath;
    private String territoryName;
    @Column("fair_date")
    private LocalDate date;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String site;
    private String focus;
    private FairStatus status;
    private String createdBy;
    private Instant updatedAt;

    private ServiceFair() {
    }

    /** A fair in a jurisdiction's schedule, {@link FairStatus#PLANEADA} unless another status is given. */
    public static ServiceFair schedule(long jurisdictionId, Plan plan, FairStatus status, String createdBy,
            Instant now) {
        ServiceFair f = new ServiceFair();
        f.createdBy = createdBy;
        f.apply(jurisdictionId, plan, status == null ? FairStatus.PLANEADA : status, now);
        return f;
    }

    /** The fair as now planned; the version says whether someone else changed it meanwhile. */
    public void revise(Plan plan, FairStatus status, Instant now) {
        apply(jurisdictionId(), plan, status, now);
    }

    private void apply(long jurisdictionId, Plan p, FairStatus s, Instant now) {
        catalogue(jurisdictionId, p.code(), p.name());
        program = blank(p.program());
        territoryId = p.place().territoryId();
        territoryPath = p.place().territoryPath();
        territoryName = p.place().territoryName();
        date = p.date();
        startsAt = p.startsAt();
        endsAt = p.endsAt();
        site = p.site().strip();
        focus = blank(p.focus());
        status = s;
        updatedAt = now;
    }

    /**
     * A person attended at an entity's stand: the services received must be given at that stand. A cancelled fair
     * attends nobody.
     */
    public FairAttendance attend(long actorId, List<Long> serviceIds, Integer satisfaction, List<Stand> offered) {
        if (cancelled()) {
            throw new ConflictException("La jornada " + name() + " está cancelada: no se registran atenciones.");
        }
        return FairAttendance.of(actorId, serviceIds, satisfaction, offered);
    }

    /**
     * The community's word is taken for this fair's planning or evaluation; a cancelled fair was never held, so there
     * is nothing of it to evaluate.
     */
    public void hear(CommunityInputRole role) {
        if (cancelled() && role == CommunityInputRole.EVALUATION) {
            throw new ConflictException(
                    "La jornada " + name() + " está cancelada: no hay nada que evaluar con la comunidad.");
        }
    }

    public boolean cancelled() {
        return status == FairStatus.CANCELADA;
    }

    public FairStatus status() {
        return status;
    }

}
