package org.minga.referral.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.minga.offer.Need;
import org.minga.platform.Aggregate;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A referral (canalización): a person's or household's need sent to the entity that must answer it, within a
 * {@link Deadline}, through the states of {@link ReferralStatus}. Its methods are its transitions; an illegal one
 * is refused with {@link IllegalReferralTransition}, a missing reason or counter-referral with a
 * {@link ValidationException} naming the field. Who may ask for a transition (sender or receiving entity) is the
 * access policy's business, checked before.
 *
 * <p>Mapped by Spring Data JDBC to the {@code referral} table (only mapping annotations: no Spring beans, no web
 * types). The persisted identity is the database's {@code Long}; {@link #id()} gives it typed. Columns written by
 * set-based SQL elsewhere (overdue flag, systemic delay, the inbox rank) are not part of the aggregate.
 */
@Table("referral")
public class Referral extends Aggregate<Referral> {

    /** What a new referral needs, every part already checked against the offer, the actors and the person. */
    public record Draft(long jurisdictionId, String code, Subject subject, Need need, String needDescription,
            Origin origin, String originReference, Addressee addressee, Priority priority,
            Eligibility eligibility, String shareEvidence, Deadline deadline, Long routeApplicationId,
            Integer routeStepPosition, String createdBy, Long createdByUserId) {
    }

    /** Who is referred: a person (and their household) or a whole household, in a territory. */
    public record Subject(Long personId, Long householdId, String name, long territoryId, String territoryPath) {
        public Subject {
            if (personId == null && householdId == null) {
                throw new ValidationException("personId", "Indique la persona (o el hogar) que se canaliza.");
            }
        }
    }

    /** Who must answer: the entity, and the service asked for when there is one. */
    public record Addressee(Long serviceId, String serviceName, long actorId, String actorName) {
    }

    /** Whether the person meets the service's criteria, and why they are referred anyway when not. */
    public record Eligibility(Boolean eligible, String reason, String justification) {
        public Eligibility {
            if (Boolean.FALSE.equals(eligible) && (justification == null || justification.isBlank())) {
                throw new ValidationException("ineligibleJustification",
                        "La persona no cumple los criterios del servicio ("
                                + reason + "): escriba por qué se canaliza de todos modos.");
            }
        }
    }

    /** A transition made: the history keeps it, listeners hear of it. */
    public record Transition(ReferralStatus from, ReferralStatus to, String note) {
    }

    private long jurisdictionId;
    private String code;
    private Long personId;
    private Long householdId;
    private String subjectName;
    private long territoryId;
    private String territoryPath;
    private Need needCategory;
    private String needDescription;
    private Origin origin;
    private String originReference;
    private Long serviceId;
    private String serviceName;
    private long actorId;
    private String actorName;
    private Priority priority;
    private Boolean eligible;
    private String ineligibilityReason;
    private String ineligibleJustification;
    private boolean shareAuthorized;
    private String shareEvidence;
    private ReferralStatus status;
    @Embedded.Empty
    private Deadline deadline;
    private Instant sentAt;
    private Instant acceptedAt;
    private Instant attentionStartedAt;
    private Instant attendedAt;
    private Instant closedAt;
    private Integer daysToAcceptance;
    private Integer daysToAttention;
    private String rejectionReason;
    private String returnReason;
    private String cancelReason;
    @Embedded.Nullable(prefix = "counter_")
    private CounterReferral counter;
    private Long routeApplicationId;
    private Integer routeStepPosition;
    private String createdBy;
    private Long createdByUserId;
    private Instant updatedAt;

    private Referral() {
    }

    /** A new referral, {@link ReferralStatus#CREATED}, with the person's authorization to share data recorded. */
    public static Referral create(Draft d, Instant now) {
        if (d.needDescription() == null || d.needDescription().isBlank()) {
            throw new ValidationException("needDescription", "Describa la necesidad detectada.");
        }
        Referral r = new Referral();
        r.jurisdictionId = d.jurisdictionId();
        r.code = d.code();
        r.personId = d.subject().personId();
        r.householdId = d.subject().householdId();
        r.subjectName = d.subject().name();
        r.territoryId = d.subject().territoryId();
        r.territoryPath = d.subject().territoryPath();
        r.needCategory = d.need();
        r.needDescription = d.needDescription().strip();
        r.origin = d.origin();
        r.originReference = blank(d.originReference());
        r.serviceId = d.addressee().serviceId();
        r.serviceName = d.addressee().serviceName();
        r.actorId = d.addressee().actorId();
        r.actorName = d.addressee().actorName();
        r.priority = d.priority();
        r.eligible = d.eligibility().eligible();
        r.ineligibilityReason = d.eligibility().reason();
        r.ineligibleJustification = Boolean.TRUE.equals(d.eligibility().eligible()) ? null
                : blank(d.eligibility().justification());
        r.shareAuthorized = true;
        r.shareEvidence = d.shareEvidence().strip();
        r.status = ReferralStatus.CREATED;
        r.deadline = d.deadline();
        r.routeApplicationId = d.routeApplicationId();
        r.routeStepPosition = d.routeStepPosition();
        r.createdBy = d.createdBy();
        r.createdByUserId = d.createdByUserId();
        r.updatedAt = now;
        return r;
    }

    /** Refuses a transition the state table does not allow, before anyone asks who may make it. */
    public void requireCanMoveTo(ReferralStatus to) {
        if (!status.canMoveTo(to)) {
            throw new IllegalReferralTransition(status, to);
        }
    }

    /**
     * Moves the referral to {@code to}. {@code reason} is required for rejecting, returning and cancelling;
     * {@code counter} for attending. {@code today} is the jurisdiction's date (days to acceptance and attention
     * are counted on its calendar, as the creation day is).
     */
    public Transition moveTo(ReferralStatus to, String reason, CounterReferral counter, LocalDate today, Instant now) {
        requireCanMoveTo(to);
        String why = blank(reason);
        if (to.needsReason() && why == null) {
            throw new ValidationException("reason", "Escriba el motivo para marcarla como «" + to.label() + "».");
        }
        if (why != null && why.length() > 2000) {
            throw new ValidationException("reason", "El motivo admite 2.000 caracteres.");
        }
        if (to == ReferralStatus.ATTENDED && counter == null) {
            throw new ValidationException("action", "La contrarreferencia debe decir qué se hizo.");
        }
        ReferralStatus from = status;
        switch (to) {
            case SENT -> sentAt = now;
            case ACCEPTED -> {
                acceptedAt = now;
                daysToAcceptance = (int) ChronoUnit.DAYS.between(deadline.createdOn(), today);
            }
            case IN_ATTENTION -> attentionStartedAt = now;
            case ATTENDED -> {
                attendedAt = now;
                daysToAttention = (int) ChronoUnit.DAYS.between(deadline.createdOn(), today);
                this.counter = counter;
            }
            case CLOSED -> closedAt = now;
            case REJECTED -> rejectionReason = why;
            case RETURNED -> returnReason = why;
            case CANCELLED -> cancelReason = why;
            default -> {
            }
        }
        status = to;
        updatedAt = now;
        return new Transition(from, to, to == ReferralStatus.ATTENDED ? counter.action() : why);
    }

    /** The facts listeners of this referral's events need (after it was saved: with its id and version). */
    public ReferralEvents.Facts facts() {
        return new ReferralEvents.Facts(identity(), code, jurisdictionId, territoryPath, actorId, actorName, serviceId,
                deadline.dueOn(), version(), createdByUserId, routeApplicationId,
                routeStepPosition);
    }

    public boolean overdueOn(LocalDate today) {
        return status.open() && deadline.passedOn(today);
    }

    public String code() {
        return code;
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String territoryPath() {
        return territoryPath;
    }

    public long actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public ReferralStatus status() {
        return status;
    }

    public Deadline deadline() {
        return deadline;
    }

    public Long personId() {
        return personId;
    }

    public Need need() {
        return needCategory;
    }
}
