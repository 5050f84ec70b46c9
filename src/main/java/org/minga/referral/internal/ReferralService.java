package org.minga.referral.internal;

import org.minga.privacy.PersonalRecord;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.actor.ActorStaff;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.household.Households;
import org.minga.offer.EligibilityAnswer;
import org.minga.offer.Need;
import org.minga.offer.PersonProfile;
import org.minga.offer.ServiceCard;
import org.minga.offer.ServiceOffer;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.Notifications;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Role;
import org.minga.platform.ValidationException;
import org.minga.privacy.BusinessDays;
import org.minga.privacy.Consents;
import org.minga.referral.SystemicDelayReported;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Referrals: creation with eligibility and authorization checks, guarded transitions, deadlines, lists, figures. */
@Service
class ReferralService {

    static final int DEFAULT_DAYS = 10;

    record ReferralCommand(Long personId, Long householdId, String needCategory, String needDescription, String origin,
                           String originReference, Long serviceId, Long actorId, String priority,
                           Integer businessDays, String ineligibleJustification, Boolean shareAuthorized,
                           String shareEvidence) {
    }

    record TransitionCommand(String to, String reason, String action, String outcome, String nextSteps, Integer version) {
    }

    record ReferralView(long id, String code, long jurisdictionId, Long personId, Long householdId, String subjectName,
                        long territoryId, String territoryName, String needCategory, String needLabel,
                        String needDescription, String origin, String originLabel, String originReference,
                        Long serviceId, String serviceName, long actorId, String actorName, String priority,
                        String priorityLabel, Boolean eligible, String ineligibilityReason,
                        String ineligibleJustification, String shareEvidence, String status, String statusLabel,
                        int businessDays, LocalDate createdOn, LocalDate dueOn, boolean overdue, Instant sentAt,
                        Instant acceptedAt, Instant attendedAt, Instant closedAt, String rejectionReason,
                        String returnReason, String cancelReason, String counterAction, String counterOutcome,
                        String counterNextSteps, Instant delayReportedAt, Long routeApplicationId,
                        Integer routeStepPosition, String createdBy, Instant createdAt, int version) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, jurisdictionId).household(householdId, jurisdictionId);
        }

    }

    record TransitionView(String from, String fromLabel, String to, String toLabel, String note, String byUser,
                          String byName, Instant at) {
    }

    record ReferralRow(long id, String code, String subjectName, String territoryName, String needLabel,
                       String serviceName, String actorName, String priority, String priorityLabel, String status,
                       String statusLabel, LocalDate dueOn, boolean overdue, boolean delayReported, Instant createdAt,
                       Long personId,
                       Long householdId,
                       long jurisdictionId) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, jurisdictionId).household(householdId, jurisdictionId);
        }

    }

    record Filter(String status, Boolean overdue, Long actorId, String q) {
    }

    record Figures(String key, String name, long total, long answered, Double answeredShare,
                   Double medianDaysToAcceptance, Double medianDaysToAttention, long overdue) {
    }

    record DelayCommand(List<Long> referralIds, String title, String description) {
    }

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final Households households;
    private final Consents consents;
    private final ServiceOffer offer;
    private final Actors actors;
    private final ActorStaff staff;
    private final PersonProfiles profiles;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final WebhookService outbox;

    private final AccessPolicy policy;

    ReferralService(JdbcClient jdbc, Jurisdictions jurisdictions, Territories territories, Households households,
                    Consents consents, ServiceOffer offer, Actors actors, ActorStaff staff, PersonProfiles profiles,
                    AuditLog audit, Notifications notifications, ApplicationEventPublisher events, WebhookService outbox,
                    AccessPolicy policy) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
        this.households = households;
        this.consents = consents;
        this.offer = offer;
        this.actors = actors;
        this.staff = staff;
        this.profiles = profiles;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.outbox = outbox;
    }

    // ---- deadlines ----------------------------------------------------------------------------------------

    /** The due date: {@code days} business days of the jurisdiction's country after the day of creation. */
    static LocalDate dueOn(Jurisdiction j, LocalDate createdOn, int days) {
        return BusinessDays.forCountry(j.country()).add(createdOn, days);
    }

    LocalDate today(Jurisdiction j) {
        return LocalDate.now(j.zoneId());
    }

    private final Map<Long, java.time.ZoneId> zones = new java.util.concurrent.ConcurrentHashMap<>();

    /** Today in a jurisdiction's time zone (zones are cached: a jurisdiction's zone does not change). */
    LocalDate today(long jurisdictionId) {
        return LocalDate.now(zones.computeIfAbsent(jurisdictionId, id -> jurisdiction(id).zoneId()));
    }

    Jurisdiction jurisdiction(long id) {
        return jurisdictions.byId(id).orElseThrow();
    }

    /** The response time of a service in business days, when one is set. */
    Optional<Integer> serviceDays(long serviceId) {
        return jdbc.sql("select business_days from referral_service_deadline where service_id = :s").param("s", serviceId)
                .query(Integer.class).optional();
    }

    @Transactional
    void setServiceDays(Jurisdiction j, long serviceId, int days, CurrentUser user) {
        WebhookService.requireManager(user, j.id());
        if (days < 1 || days > 120) {
            throw new ValidationException("businessDays", "El plazo debe estar entre 1 y 120 días hábiles.");
        }
        if (service(j.id(), serviceId).isEmpty()) {
            throw new ValidationException("serviceId", "El servicio " + serviceId + " no existe en " + j.name() + ".");
        }
        Optional<Integer> before = serviceDays(serviceId);
        jdbc.sql("""
                        insert into referral_service_deadline (service_id, jurisdiction_id, business_days, updated_by)
                        values (:s, :j, :d, :u) on conflict (service_id) do update set business_days = :d, updated_by = :u, updated_at = now()""")
                .param("s", serviceId).param("j", j.id()).param("d", days).param("u", user.username()).update();
        audit.record("UPDATE", "referral_service_deadline", serviceId, j.id(), "Plazo de respuesta del servicio: " + days + " días hábiles",
                before.map(b -> Map.of("businessDays", b)).orElse(null), Map.of("businessDays", days));
    }

    // ---- services of the offer, through its public API -----------------------------------------------------

    /** The active services of a jurisdiction (eligible or not for an unknown person: that is all of them). */
    List<ServiceCard> services(long jurisdictionId) {
        List<ServiceCard> all = new ArrayList<>();
        PersonProfile nobody = new PersonProfile(null, null, Set.of(), null, null, null);
        for (int page = 0; page < 20; page++) {
            EligibilityAnswer a = offer.eligibility(jurisdictionId, nobody, new PageRequest(page, PageResult.MAX_SIZE));
            all.addAll(a.eligible().items());
            all.addAll(a.notEligible().items());
            if (!a.eligible().hasNext() && !a.notEligible().hasNext()) {
                break;
            }
        }
        all.sort(java.util.Comparator.comparing(ServiceCard::name));
        return all;
    }

    Optional<ServiceCard> service(long jurisdictionId, long serviceId) {
        return services(jurisdictionId).stream().filter(s -> s.id() == serviceId).findFirst();
    }

    /** Empty when eligible; the first reason otherwise. Pages through the offer's answer until the service appears. */
    Optional<String> ineligibility(long jurisdictionId, PersonProfile profile, long serviceId) {
        for (int page = 0; page < 20; page++) {
            EligibilityAnswer a = offer.eligibility(jurisdictionId, profile, new PageRequest(page, PageResult.MAX_SIZE));
            if (a.eligible().items().stream().anyMatch(s -> s.id() == serviceId)) {
                return Optional.empty();
            }
            Optional<ServiceCard> no = a.notEligible().items().stream().filter(s -> s.id() == serviceId).findFirst();
            if (no.isPresent()) {
                return Optional.of(no.get().reason());
            }
            if (!a.eligible().hasNext() && !a.notEligible().hasNext()) {
                break;
            }
        }
        return Optional.of("el servicio no está activo");
    }

    /** The provider of a service, matched by name among the jurisdiction's actors. */
    Optional<ActorSummary> providerOf(long jurisdictionId, ServiceCard s) {
        if (s.providerName() == null) {
            return Optional.empty();
        }
        return actors.search(jurisdictionId, s.providerName(), new PageRequest(0, 20)).items().stream()
                .filter(a -> a.name().equals(s.providerName()) || a.displayName().equals(s.providerName())).findFirst();
    }

    // ---- creation -----------------------------------------------------------------------------------------

    static boolean canSend(CurrentUser user) {
        return AccessPolicy.holds(user.role(), Capability.RECORD_PERSONAL_DATA);
    }

    @Transactional
    ReferralView create(ReferralCommand c, CurrentUser user) {
        return create(c, user, null, null, null);
    }

    @Transactional
    ReferralView create(ReferralCommand c, CurrentUser user, Long applicationId, Integer stepPosition, Integer stepDays) {
        return create(c, user, applicationId, stepPosition, stepDays, false);
    }

    /** {@code personVouched}: the caller checked the user may attend the person (a fair's stand), so no scope check. */
    @Transactional
    ReferralView create(ReferralCommand c, CurrentUser user, Long applicationId, Integer stepPosition, Integer stepDays,
                        boolean personVouched) {
        // a stand of a fair refers the people it attends as part of registering them (REGISTER_AT_FAIRS)
        if (!canSend(user) && !(personVouched && policy.allows(user, Capability.REGISTER_AT_FAIRS))) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no crea canalizaciones.");
        }
        List<FieldError> errors = new ArrayList<>();
        Households.PersonRef person = null;
        Households.HouseholdRef household = null;
        if (c.personId() != null) {
            person = personVouched ? households.usablePerson(c.personId()).orElseThrow(() -> new ValidationException(
                    "personId", "La persona " + c.personId() + " no existe o sus datos no se pueden usar."))
                    : households.requireUsablePerson(c.personId(), user);
        } else if (c.householdId() != null) {
            household = households.requireVisibleHousehold(c.householdId(), user);
        } else {
            errors.add(new FieldError("personId", "Indique la persona (o el hogar) que se canaliza."));
        }
        long jurisdictionId = person != null ? person.jurisdictionId() : household != null ? household.jurisdictionId() : -1;
        long territoryId = person != null ? person.territoryId() : household != null ? household.territoryId() : -1;
        Need need = Need.parse(c.needCategory()).orElse(null);
        if (need == null) {
            errors.add(new FieldError("needCategory", "La categoría de la necesidad debe ser una de: " + Need.allowed() + "."));
        }
        if (c.needDescription() == null || c.needDescription().isBlank()) {
            errors.add(new FieldError("needDescription", "Describa la necesidad detectada."));
        } else if (c.needDescription().length() > 4000) {
            errors.add(new FieldError("needDescription", "La descripción admite 4.000 caracteres."));
        }
        Labels.Origin origin = Labels.Origin.parse(c.origin()).orElse(null);
        if (origin == null) {
            errors.add(new FieldError("origin", "Indique dónde se detectó la necesidad: visita de campo, atención, jornada de servicios, alerta, instancia u otro."));
        }
        if (c.originReference() != null && c.originReference().length() > 300) {
            errors.add(new FieldError("originReference", "La referencia admite 300 caracteres."));
        }
        Labels.Priority priority = c.priority() == null || c.priority().isBlank() ? Labels.Priority.MEDIUM
                : Labels.Priority.parse(c.priority()).orElse(null);
        if (priority == null) {
            errors.add(new FieldError("priority", "La prioridad debe ser baja, media, alta o urgente."));
        }
        ServiceCard service = null;
        if (c.serviceId() != null && jurisdictionId > 0) {
            service = service(jurisdictionId, c.serviceId()).orElse(null);
            if (service == null) {
                errors.add(new FieldError("serviceId", "El servicio " + c.serviceId() + " no existe o no está activo en la jurisdicción."));
            }
        }
        ActorSummary actor = null;
        if (c.actorId() != null) {
            actor = actors.byId(c.actorId()).orElse(null);
            if (actor == null || jurisdictionId > 0 && actor.jurisdictionId() != jurisdictionId) {
                errors.add(new FieldError("actorId", "La entidad " + c.actorId() + " no existe en la jurisdicción de la persona."));
                actor = null;
            } else if (!actor.active()) {
                errors.add(new FieldError("actorId", "La entidad " + actor.name() + " está inactiva."));
            }
        } else if (service != null) {
            actor = providerOf(jurisdictionId, service).orElse(null);
        }
        if (actor == null && c.actorId() == null) {
            errors.add(new FieldError("actorId", "Indique la entidad que debe responder."));
        }
        Integer days = stepDays != null ? stepDays : c.businessDays() != null ? c.businessDays()
                : service != null ? serviceDays(service.id()).orElse(DEFAULT_DAYS) : DEFAULT_DAYS;
        if (days < 1 || days > 120) {
            errors.add(new FieldError("businessDays", "El plazo debe estar entre 1 y 120 días hábiles."));
        }
        // Ley 1581: data go to another entity only with the person's authorization to share them with it.
        if (person != null && !consents.hasActive(person.id())) {
            errors.add(new FieldError("shareAuthorized", "La persona no tiene una autorización de tratamiento de datos vigente."));
        }
        if (!Boolean.TRUE.equals(c.shareAuthorized())) {
            errors.add(new FieldError("shareAuthorized", "Se requiere la autorización de la persona para compartir sus datos con la entidad que recibe."));
        }
        if (c.shareEvidence() == null || c.shareEvidence().isBlank()) {
            errors.add(new FieldError("shareEvidence", "Indique cómo consta la autorización para compartir los datos (formato firmado, grabación...)."));
        } else if (c.shareEvidence().length() > 500) {
            errors.add(new FieldError("shareEvidence", "La constancia admite 500 caracteres."));
        }
        Boolean eligible = null;
        String reason = null;
        if (service != null && person != null) {
            Jurisdiction j = jurisdiction(jurisdictionId);
            PersonProfile profile = profiles.of(person.id(), today(j)).orElse(null);
            if (profile != null) {
                Optional<String> why = ineligibility(jurisdictionId, profile, service.id());
                eligible = why.isEmpty();
                reason = why.orElse(null);
                if (!eligible && (c.ineligibleJustification() == null || c.ineligibleJustification().isBlank())) {
                    errors.add(new FieldError("ineligibleJustification", "La persona no cumple los criterios del servicio ("
                            + reason + "): escriba por qué se canaliza de todos modos."));
                }
            }
        }
        if (c.ineligibleJustification() != null && c.ineligibleJustification().length() > 2000) {
            errors.add(new FieldError("ineligibleJustification", "La justificación admite 2.000 caracteres."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Jurisdiction j = jurisdiction(jurisdictionId);
        TerritoryView t = territories.byId(territoryId).orElseThrow();
        LocalDate createdOn = today(j);
        LocalDate due = dueOn(j, createdOn, days);
        String subject = person != null ? person.displayName() : "Hogar " + household.code();
        String code = "CAN-" + j.code() + "-" + jdbc.sql("select nextval('referral_code_seq')").query(Long.class).single();
        long id = jdbc.sql("""
                        insert into referral (jurisdiction_id, code, person_id, household_id, subject_name, territory_id, territory_path,
                          need_category, need_description, origin, origin_reference, service_id, service_name, actor_id,
                          actor_name, priority, eligible, ineligibility_reason, ineligible_justification, share_authorized,
                          share_evidence, status, business_days, created_on, due_on, route_application_id, route_step_position,
                          created_by, created_by_user_id)
                        values (:j, :code, :p, :h, :sn, :t, :tp, :nc, :nd, :o, :or, :s, :sname, :a, :an, :pr, :el, :why, :just,
                          true, :ev, 'CREATED', :days, :con, :due, :app, :pos, :by, :byId) returning id""")
                .param("j", j.id()).param("code", code).param("p", c.personId() != null ? c.personId() : null)
                .param("h", household != null ? Long.valueOf(household.id()) : person.householdId()).param("sn", subject)
                .param("t", t.id()).param("tp", t.path()).param("nc", need.name()).param("nd", c.needDescription().strip())
                .param("o", origin.name()).param("or", blank(c.originReference()))
                .param("s", service == null ? null : service.id()).param("sname", service == null ? null : service.name())
                .param("a", actor.id()).param("an", actor.name()).param("pr", priority.name()).param("el", eligible)
                .param("why", reason).param("just", Boolean.TRUE.equals(eligible) ? null : blank(c.ineligibleJustification())).param("ev", c.shareEvidence().strip())
                .param("days", days).param("con", createdOn).param("due", due).param("app", applicationId)
                .param("pos", stepPosition).param("by", user.username()).param("byId", user.id() > 0 ? user.id() : null)
                .query(Long.class).single();
        jdbc.sql("insert into referral_transition (referral_id, from_status, to_status, note, by_user, by_name) values (:r, null, 'CREATED', null, :u, :n)")
                .param("r", id).param("u", user.username()).param("n", user.fullName()).update();
        ReferralView view = view(id);
        audit.record("CREATE", "referral", id, j.id(), "Canalización " + code + " a " + actor.name(), null, view);
        outbox.record("referral.created", j.id(), id, t.path(), actor.id(), payload(view, null));
        return view;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Map<String, Object> payload(ReferralView v, String previous) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("referralId", v.id());
        m.put("code", v.code());
        m.put("status", v.status());
        m.put("previousStatus", previous);
        m.put("actorId", v.actorId());
        m.put("serviceId", v.serviceId());
        m.put("dueOn", v.dueOn().toString());
        m.put("version", v.version());
        return m;
    }

    // ---- transitions --------------------------------------------------------------------------------------

    /** Who the user is towards a referral: its sending side (territory scope) or its receiving entity (staff). */
    /**
     * Which side of the referral the user acts on, as the access policy says: the sender side for whoever records
     * personal data in the person's territory (and for Minga itself advancing a care route), the receiver side
     * for whoever answers the referrals of the receiving entity.
     */
    Set<ReferralStatus.Side> sides(CurrentUser user, long jurisdictionId, String territoryPath, long actorId) {
        Set<ReferralStatus.Side> sides = EnumSet.noneOf(ReferralStatus.Side.class);
        boolean entityUser = user.id() > 0 && !staff.actorsOf(user.id()).isEmpty();
        if (policy.scope(user, Capability.ADVANCE_CARE_ROUTES).includesJurisdiction(jurisdictionId)
                || !entityUser && policy.covers(user, Capability.RECORD_PERSONAL_DATA, jurisdictionId, territoryPath)) {
            sides.add(ReferralStatus.Side.SENDER);
        }
        if (answers(user, jurisdictionId, territoryPath, actorId)) {
            sides.add(ReferralStatus.Side.RECEIVER);
        }
        return sides;
    }

    /** True when the user answers for the receiving entity: its staff, or a reach by territory that covers it. */
    private boolean answers(CurrentUser user, long jurisdictionId, String path, long actorId) {
        var scope = policy.scope(user, Capability.ANSWER_REFERRALS);
        return scope.reach() == org.minga.platform.Reach.ENTITY ? staff.isStaff(actorId, user.id())
                : scope.includes(jurisdictionId, path);
    }

    /**
     * A referral the user may see: in the territory where they read personal data, addressed to an entity they
     * answer for, or, for Minga advancing a care route, in its jurisdiction.
     */
    ReferralView require(long id, CurrentUser user) {
        ReferralView v = find(id).orElseThrow(() -> new NotFoundException("No existe la canalización " + id + "."));
        String path = jdbc.sql("select territory_path from referral where id = :id").param("id", id).query(String.class).single();
        boolean visible = policy.covers(user, Capability.READ_PERSONAL_DATA, v.jurisdictionId(), path)
                || answers(user, v.jurisdictionId(), path, v.actorId())
                || policy.scope(user, Capability.ADVANCE_CARE_ROUTES).includesJurisdiction(v.jurisdictionId());
        if (!visible) {
            throw new NotFoundException("No existe la canalización " + id + ".");
        }
        return v;
    }

    List<ReferralStatus> allowedFor(ReferralView v, CurrentUser user) {
        ReferralStatus current = ReferralStatus.valueOf(v.status());
        String path = jdbc.sql("select territory_path from referral where id = :id").param("id", v.id()).query(String.class).single();
        Set<ReferralStatus.Side> sides = sides(user, v.jurisdictionId(), path, v.actorId());
        return current.next().stream().filter(s -> sides.contains(s.madeBy())).toList();
    }

    @Transactional
    ReferralView transition(long id, TransitionCommand c, CurrentUser user) {
        ReferralView before = require(id, user);
        ReferralStatus from = ReferralStatus.valueOf(before.status());
        ReferralStatus to = ReferralStatus.parse(c.to()).orElseThrow(() -> new ValidationException("to",
                "El estado «" + c.to() + "» no existe; use creada, enviada, recibida, aceptada, rechazada, en atención, atendida, cerrada, devuelta o cancelada."));
        if (!from.canMoveTo(to)) {
            throw new ConflictException(from.refusal(to));
        }
        if (c.version() != null && c.version() != before.version()) {
            throw new ConflictException("Otra persona cambió la canalización " + before.code() + " mientras usted la veía. Recargue y vuelva a intentar.");
        }
        String path = jdbc.sql("select territory_path from referral where id = :id").param("id", id).query(String.class).single();
        Set<ReferralStatus.Side> sides = sides(user, before.jurisdictionId(), path, before.actorId());
        if (!sides.contains(to.madeBy())) {
            throw new ForbiddenException(to.madeBy() == ReferralStatus.Side.RECEIVER
                    ? "Solo el personal de " + before.actorName() + " puede marcar la canalización como «" + to.label() + "»."
                    : "Solo quien canaliza (en el territorio de la persona) puede marcar la canalización como «" + to.label() + "».");
        }
        List<FieldError> errors = new ArrayList<>();
        if (to.needsReason() && (c.reason() == null || c.reason().isBlank())) {
            errors.add(new FieldError("reason", "Escriba el motivo para marcarla como «" + to.label() + "»."));
        }
        if (c.reason() != null && c.reason().length() > 2000) {
            errors.add(new FieldError("reason", "El motivo admite 2.000 caracteres."));
        }
        if (to == ReferralStatus.ATTENDED) {
            if (c.action() == null || c.action().isBlank()) {
                errors.add(new FieldError("action", "La contrarreferencia debe decir qué se hizo."));
            }
            if (c.outcome() == null || c.outcome().isBlank()) {
                errors.add(new FieldError("outcome", "La contrarreferencia debe decir el resultado."));
            }
            if (c.action() != null && c.action().length() > 4000 || c.outcome() != null && c.outcome().length() > 2000
                    || c.nextSteps() != null && c.nextSteps().length() > 2000) {
                errors.add(new FieldError("action", "La contrarreferencia es demasiado larga (4.000 caracteres para lo hecho, 2.000 para resultado y siguientes pasos)."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String reason = blank(c.reason());
        String set = switch (to) {
            case SENT -> "sent_at = now()";
            // days counted on the jurisdiction's calendar, as created_on is: not UTC's current_date
            case ACCEPTED -> "accepted_at = now(), days_to_acceptance = (cast(:today as date) - created_on)";
            case IN_ATTENTION -> "attention_started_at = now()";
            case ATTENDED -> "attended_at = now(), days_to_attention = (cast(:today as date) - created_on), counter_action = :ca, counter_outcome = :co, counter_next_steps = :cn";
            case CLOSED -> "closed_at = now()";
            case REJECTED -> "rejection_reason = :reason";
            case RETURNED -> "return_reason = :reason";
            case CANCELLED -> "cancel_reason = :reason";
            default -> "";
        };
        int n = jdbc.sql("update referral set status = :to" + (set.isEmpty() ? "" : ", " + set) + ", updated_at = now(), version = version + 1 where id = :id and status = :from and version = :v")
                .param("to", to.name()).param("id", id).param("from", from.name()).param("v", before.version())
                .param("ca", blank(c.action())).param("co", blank(c.outcome())).param("cn", blank(c.nextSteps()))
                .param("reason", reason).param("today", today(before.jurisdictionId())).update();
        if (n == 0) {
            throw new ConflictException("Otra persona cambió la canalización " + before.code() + " mientras usted la veía. Recargue y vuelva a intentar.");
        }
        String note = to == ReferralStatus.ATTENDED ? blank(c.action()) : reason;
        jdbc.sql("insert into referral_transition (referral_id, from_status, to_status, note, by_user, by_name) values (:r, :f, :t, :n, :u, :un)")
                .param("r", id).param("f", from.name()).param("t", to.name()).param("n", note).param("u", user.username())
                .param("un", user.fullName()).update();
        ReferralView after = view(id);
        audit.record("UPDATE", "referral", id, after.jurisdictionId(), "Canalización " + after.code() + ": " + from.label()
                + " → " + to.label(), before, after);
        outbox.record("referral.status_changed", after.jurisdictionId(), id, path, after.actorId(), payload(after, from.name()));
        if (to == ReferralStatus.ATTENDED) {
            sendNextRouteStep(id);
        }
        if (to == ReferralStatus.ATTENDED || to == ReferralStatus.REJECTED || to == ReferralStatus.RETURNED) {
            Long sender = jdbc.sql("select created_by_user_id from referral where id = :id").param("id", id).query(Long.class).optional().orElse(null);
            if (sender != null) {
                notifications.notifyUser(sender, new Notifications.Notification("referral.answered",
                        "La canalización " + after.code() + " fue " + to.label(), after.actorName() + ": "
                        + (note == null ? "" : note), "/referrals/" + id, after.jurisdictionId(), "referral:" + id + ":" + to.name()));
            }
        }
        return after;
    }

    /** Minga itself sending a care route's next step: the system actor, never an administrator. */
    static final CurrentUser ROUTE = CurrentUser.system("Minga (ruta de atención)", null);

    /** A care route moves on when a step is answered: the next step's referral (still creada) is sent. */
    private void sendNextRouteStep(long referralId) {
        Map<String, Object> r = jdbc.sql("select route_application_id, route_step_position from referral where id = :id")
                .param("id", referralId).query().singleRow();
        if (r.get("route_application_id") == null) {
            return;
        }
        jdbc.sql("""
                        select id from referral where route_application_id = :a and route_step_position > :p and status = 'CREATED'
                        order by route_step_position limit 1""")
                .param("a", r.get("route_application_id")).param("p", r.get("route_step_position")).query(Long.class).optional()
                .ifPresent(next -> transition(next, new TransitionCommand("SENT", "Paso anterior de la ruta atendido.", null, null, null, null), ROUTE));
    }

    // ---- reading ------------------------------------------------------------------------------------------

    private static final String VIEW_SQL = """
            select r.*, t.name as territory_name from referral r join territory t on t.id = r.territory_id where r.id = :id""";

    Optional<ReferralView> find(long id) {
        return jdbc.sql(VIEW_SQL).param("id", id).query(this::mapView).optional();
    }

    ReferralView view(long id) {
        return find(id).orElseThrow();
    }

    private ReferralView mapView(ResultSet rs, int n) throws SQLException {
        ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
        Need need = Need.valueOf(rs.getString("need_category"));
        Labels.Origin origin = Labels.Origin.valueOf(rs.getString("origin"));
        Labels.Priority priority = Labels.Priority.valueOf(rs.getString("priority"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        long j = rs.getLong("jurisdiction_id");
        boolean overdue = status.open() && due.isBefore(today(j));
        return new ReferralView(rs.getLong("id"), rs.getString("code"), j, (Long) rs.getObject("person_id", Long.class),
                rs.getObject("household_id", Long.class), rs.getString("subject_name"), rs.getLong("territory_id"),
                rs.getString("territory_name"), need.name(), need.label(), rs.getString("need_description"), origin.name(),
                origin.label(), rs.getString("origin_reference"), rs.getObject("service_id", Long.class),
                rs.getString("service_name"), rs.getLong("actor_id"), rs.getString("actor_name"), priority.name(),
                priority.label(), (Boolean) rs.getObject("eligible"), rs.getString("ineligibility_reason"),
                rs.getString("ineligible_justification"), rs.getString("share_evidence"), status.name(), status.label(),
                rs.getInt("business_days"), rs.getObject("created_on", LocalDate.class), due, overdue, instant(rs, "sent_at"),
                instant(rs, "accepted_at"), instant(rs, "attended_at"), instant(rs, "closed_at"), rs.getString("rejection_reason"),
                rs.getString("return_reason"), rs.getString("cancel_reason"), rs.getString("counter_action"),
                rs.getString("counter_outcome"), rs.getString("counter_next_steps"), instant(rs, "delay_reported_at"),
                rs.getObject("route_application_id", Long.class), rs.getObject("route_step_position", Integer.class),
                rs.getString("created_by"), instant(rs, "created_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    List<TransitionView> history(long id) {
        return jdbc.sql("select from_status, to_status, note, by_user, by_name, at from referral_transition where referral_id = :id order by id")
                .param("id", id).query((rs, n) -> {
                    String f = rs.getString(1);
                    ReferralStatus from = f == null ? null : ReferralStatus.valueOf(f);
                    ReferralStatus to = ReferralStatus.valueOf(rs.getString(2));
                    return new TransitionView(f, from == null ? null : from.label(), to.name(), to.label(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant());
                }).list();
    }

    private static final String ROW_SQL = """
            select r.id, r.code, r.subject_name, t.name, r.need_category, r.service_name, r.actor_name, r.priority, r.status,
                   r.due_on, r.delay_reported_at is not null, r.created_at, r.jurisdiction_id, r.person_id, r.household_id
            from referral r join territory t on t.id = r.territory_id""";

    /** The row mapper, with every jurisdiction's zone known first: a look-up inside it would take a second connection. */
    private org.springframework.jdbc.core.RowMapper<ReferralRow> rows() {
        jurisdictions.all().forEach(j -> zones.putIfAbsent(j.id(), j.zoneId()));
        return this::mapRow;
    }

    private ReferralRow mapRow(ResultSet rs, int n) throws SQLException {
        ReferralStatus s = ReferralStatus.valueOf(rs.getString(9));
        LocalDate due = rs.getObject(10, LocalDate.class);
        Labels.Priority p = Labels.Priority.valueOf(rs.getString(8));
        return new ReferralRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Need.valueOf(rs.getString(5)).label(), rs.getString(6), rs.getString(7), p.name(), p.label(), s.name(), s.label(), due,
                s.open() && due.isBefore(today(rs.getLong(13))), rs.getBoolean(11), rs.getTimestamp(12).toInstant(),
                rs.getObject(14, Long.class), rs.getObject(15, Long.class), rs.getLong(13));
    }

    /**
     * The referrals a user follows: for entity staff, those addressed to their entities; for everyone else, those
     * of their territory scope.
     */
    @Transactional(readOnly = true)
    PageResult<ReferralRow> list(CurrentUser user, Filter f, PageRequest page) {
        customPlans();
        List<Long> mine = user.is(Role.ADMINISTRATOR) ? List.of() : staff.actorsOf(user.id());
        if (!mine.isEmpty()) {
            return inbox(user, f.actorId() == null ? null : f.actorId(), f, page);
        }
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!scope.allJurisdictions()) {
            where.append(" and r.jurisdiction_id = :j and r.territory_path like :p");
            params.put("j", scope.jurisdictionId());
            params.put("p", scope.likePattern());
        }
        if (f.actorId() != null) {
            where.append(" and r.actor_id = :a");
            params.put("a", f.actorId());
        }
        return query(where, params, f, page, "r.created_at desc, r.id desc");
    }

    /** An entity's inbox: the referrals addressed to it (or to any of the user's entities), open first by due date. */
    @Transactional(readOnly = true)
    PageResult<ReferralRow> inbox(CurrentUser user, Long actorId, Filter f, PageRequest page) {
        customPlans();
        List<Long> actorIds;
        if (actorId != null) {
            ActorSummary a = actors.byId(actorId).orElseThrow(() -> new NotFoundException("No existe la entidad " + actorId + "."));
            boolean allowed = user.is(Role.ADMINISTRATOR) && user.seesJurisdiction(a.jurisdictionId()) || staff.isStaff(actorId, user.id());
            if (!allowed) {
                throw new ForbiddenException("Usted no trabaja en " + a.name() + ": no puede ver su bandeja.");
            }
            actorIds = List.of(actorId);
        } else {
            actorIds = staff.actorsOf(user.id());
            if (actorIds.isEmpty()) {
                return new PageResult<>(List.of(), page.page(), page.size(), 0);
            }
        }
        StringBuilder where = new StringBuilder(" where r.actor_id in (:actors) and r.inbox_rank < 9");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("actors", actorIds);
        return query(where, params, f, page, "r.inbox_rank, r.due_on, r.id");
    }

    private PageResult<ReferralRow> query(StringBuilder where, Map<String, Object> params, Filter f, PageRequest page, String order) {
        if (f.status() != null && !f.status().isBlank()) {
            ReferralStatus s = ReferralStatus.parse(f.status()).orElseThrow(() -> new ValidationException("status", "El estado «" + f.status() + "» no existe."));
            where.append(" and r.status = :st");
            params.put("st", s.name());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            // overdue on each referral's own jurisdiction's calendar (an administrator's list mixes jurisdictions)
            where.append(" and r.status in ").append(ReferralStatus.OPEN_SQL).append(" and r.due_on < (now() at time zone "
                    + "(select jz.time_zone from jurisdiction jz where jz.id = r.jurisdiction_id))::date");
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (r.code ilike :q or r.subject_name ilike :q)");
            params.put("q", "%" + f.q().strip() + "%");
        }
        long total = jdbc.sql("select count(*) from referral r" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<ReferralRow> rows = jdbc.sql(ROW_SQL + where + " order by " + order + " limit :limit offset :offset")
                .params(params).query(rows()).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /**
     * Plans each list query for its own parameters: a generic plan (which PostgreSQL picks after a prepared
     * statement's fifth run) cannot use the path index for {@code territory_path like :prefix} and would read the
     * whole table. Local to the read-only transaction.
     */
    private void customPlans() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    // ---- closed-loop figures ------------------------------------------------------------------------------

    /**
     * Closed-loop figures of the referrals in a territory's subtree (within the user's scope), grouped by entity,
     * service, route or nothing ("total"): share answered with a counter-referral, median days to acceptance
     * and to attention, overdue count.
     */
    @Transactional(readOnly = true)
    List<Figures> figures(CurrentUser user, Jurisdiction j, Long territoryId, String by) {
        customPlans();
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        if (!scope.includesJurisdiction(j.id())) {
            throw new NotFoundException("No existe la jurisdicción " + j.code() + ".");
        }
        String prefix = scope.pathPrefix() == null ? "/" : scope.pathPrefix();
        if (territoryId != null) {
            TerritoryView t = territories.requireVisible(territoryId, user);
            prefix = t.path();
        }
        String group = by == null ? "total" : by;
        String key;
        String join = "";
        switch (group) {
            case "actor": key = "r.actor_id"; break;
            case "service": key = "r.service_id"; break;
            case "route":
                key = "ap.route_id";
                join = " left join care_route_application ap on ap.id = r.route_application_id";
                break;
            case "total": key = "0::bigint"; break;
            default: throw new ValidationException("by", "Agrupe por actor, service, route o total.");
        }
        // One hash aggregate over the covering index referral_scope_idx: counts per group and per number of days
        // (days are small integers), so the medians come from these histograms without sorting every row.
        Map<Long, Acc> groups = new LinkedHashMap<>();
        jdbc.sql("select " + key + """
                        , r.days_to_acceptance, r.days_to_attention, count(*), count(r.attended_at),
                          count(*) filter (where r.status in""" + " " + ReferralStatus.OPEN_SQL + """
                         and r.due_on < :today)
                        from referral r""" + join + """
                         where r.jurisdiction_id = :j and r.territory_path like :p and r.status <> 'CANCELLED'
                        group by 1, 2, 3""")
                .param("j", j.id()).param("p", prefix + "%").param("today", today(j))
                .query(rs -> {
                    Long id = rs.getObject(1, Long.class);
                    Acc acc = groups.computeIfAbsent(id == null ? -1L : id, k -> new Acc());
                    Integer acceptance = rs.getObject(2, Integer.class);
                    Integer attention = rs.getObject(3, Integer.class);
                    long count = rs.getLong(4);
                    acc.total += count;
                    acc.answered += rs.getLong(5);
                    acc.overdue += rs.getLong(6);
                    if (acceptance != null) {
                        acc.acceptance.merge(acceptance, count, Long::sum);
                    }
                    if (attention != null) {
                        acc.attention.merge(attention, count, Long::sum);
                    }
                });
        Map<Long, String> names = new java.util.HashMap<>();
        List<Long> ids = groups.keySet().stream().filter(id -> id >= 0).toList();
        if (!ids.isEmpty()) {
            switch (group) {
                case "actor": actors.byIds(ids).forEach((id, a) -> names.put(id, a.name())); break;
                case "service":
                    jdbc.sql("select service_id, max(service_name) from referral where service_id in (:ids) and jurisdiction_id = :j group by 1")
                            .param("ids", ids).param("j", j.id()).query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
                    break;
                case "route":
                    jdbc.sql("select id, name from care_route where id in (:ids)").param("ids", ids)
                            .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
                    break;
                default: break;
            }
        }
        List<Figures> out = new ArrayList<>();
        groups.forEach((id, acc) -> {
            String name = group.equals("total") ? "Total" : id < 0
                    ? (group.equals("service") ? "Sin servicio" : group.equals("route") ? "Fuera de ruta" : "—")
                    : names.getOrDefault(id, String.valueOf(id));
            out.add(new Figures(id < 0 ? "-" : String.valueOf(id), name, acc.total, acc.answered,
                    acc.total == 0 ? null : Math.round(1000.0 * acc.answered / acc.total) / 10.0,
                    median(acc.acceptance), median(acc.attention), acc.overdue));
        });
        out.sort(java.util.Comparator.comparingLong(Figures::total).reversed());
        return out;
    }

    /** Counts of one group, and how many referrals took each number of days. */
    private static final class Acc {
        long total;
        long answered;
        long overdue;
        final java.util.TreeMap<Integer, Long> acceptance = new java.util.TreeMap<>();
        final java.util.TreeMap<Integer, Long> attention = new java.util.TreeMap<>();
    }

    /** The median of the values a histogram counts (the mean of the two middle ones when their number is even). */
    static Double median(java.util.SortedMap<Integer, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long lowRank = (n - 1) / 2;
        long highRank = n / 2;
        Integer low = null;
        Integer high = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            long next = seen + e.getValue();
            if (low == null && lowRank < next) {
                low = e.getKey();
            }
            if (highRank < next) {
                high = e.getKey();
                break;
            }
            seen = next;
        }
        return (low + high) / 2.0;
    }

    // ---- overdue ------------------------------------------------------------------------------------------

    @Scheduled(cron = "${minga.referral.overdue-cron:0 15 6 * * *}", zone = "America/Bogota")
    void scheduledOverdue() {
        for (Jurisdiction j : jurisdictions.all()) {
            flagOverdue(j, today(j));
        }
    }

    /**
     * Flags the open referrals of a jurisdiction past their due date on {@code today} and notifies the local and
     * zonal supervisors covering each one's territory (once per referral and due date). Returns how many were flagged.
     */
    @Transactional
    int flagOverdue(Jurisdiction j, LocalDate today) {
        List<Map<String, Object>> due = jdbc.sql("""
                        update referral set overdue_flagged_at = now()
                        where jurisdiction_id = :j and status in""" + " " + ReferralStatus.OPEN_SQL + """
                         and due_on < :today and overdue_flagged_at is null
                        returning id, code, territory_path, actor_id, actor_name, subject_name, due_on""")
                .param("j", j.id()).param("today", today).query().listOfRows();
        for (Map<String, Object> r : due) {
            long id = ((Number) r.get("id")).longValue();
            String code = (String) r.get("code");
            Object dueOn = r.get("due_on");
            notifications.notifyCovering(j.id(), (String) r.get("territory_path"), Set.of(Role.LOCAL, Role.ZONAL),
                    new Notifications.Notification("referral.overdue", "Canalización vencida: " + code,
                            r.get("actor_name") + " no ha respondido la canalización de " + r.get("subject_name")
                                    + "; vencía el " + dueOn + ".", "/referrals/" + id, j.id(), "referral:" + id + ":overdue:" + dueOn));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("referralId", id);
            data.put("code", code);
            data.put("dueOn", String.valueOf(dueOn));
            outbox.record("referral.overdue", j.id(), id, (String) r.get("territory_path"), ((Number) r.get("actor_id")).longValue(), data);
        }
        if (!due.isEmpty()) {
            audit.record("RUN", "referral", null, j.id(), due.size() + " canalizaciones vencidas marcadas y notificadas", null,
                    Map.of("ids", due.stream().map(r -> r.get("id")).toList()));
        }
        return due.size();
    }

    /** Raises overdue referrals as a systemic delay (a barrier) to the local governance body. */
    @Transactional
    SystemicDelayReported reportDelay(DelayCommand c, CurrentUser user) {
        if (!canSend(user) || user.is(Role.FIELD_TEAM)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no eleva barreras a las instancias.");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Long> ids = c.referralIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(c.referralIds()));
        if (ids.isEmpty()) {
            errors.add(new FieldError("referralIds", "Seleccione al menos una canalización vencida."));
        }
        if (c.title() == null || c.title().isBlank()) {
            errors.add(new FieldError("title", "Indique un título para la barrera."));
        } else if (c.title().length() > 300) {
            errors.add(new FieldError("title", "El título admite 300 caracteres."));
        }
        if (c.description() == null || c.description().isBlank()) {
            errors.add(new FieldError("description", "Describa por qué el retraso es sistémico."));
        } else if (c.description().length() > 4000) {
            errors.add(new FieldError("description", "La descripción admite 4.000 caracteres."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<ReferralView> refs = ids.stream().map(id -> require(id, user)).toList();
        long j = refs.get(0).jurisdictionId();
        for (ReferralView r : refs) {
            if (r.jurisdictionId() != j) {
                errors.add(new FieldError("referralIds", "Las canalizaciones deben ser de una misma jurisdicción."));
                break;
            }
            if (!r.overdue()) {
                errors.add(new FieldError("referralIds", "La canalización " + r.code() + " no está vencida."));
            }
            if (r.delayReportedAt() != null) {
                errors.add(new FieldError("referralIds", "La canalización " + r.code() + " ya se elevó como barrera."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> paths = jdbc.sql("select territory_path from referral where id in (:ids)").param("ids", ids).query(String.class).list();
        long territoryId = commonTerritory(paths);
        int n = jdbc.sql("update referral set delay_reported_at = now(), delay_reported_by = :u, version = version + 1 where id in (:ids) and delay_reported_at is null")
                .param("u", user.username()).param("ids", ids).update();
        if (n != ids.size()) {
            throw new ConflictException("Otra persona elevó alguna de estas canalizaciones mientras usted las veía. Recargue la lista.");
        }
        List<Long> services = refs.stream().map(ReferralView::serviceId).filter(java.util.Objects::nonNull).distinct().toList();
        SystemicDelayReported event = new SystemicDelayReported(j, territoryId, services, c.title().strip(),
                c.description().strip(), ids, user.id());
        for (ReferralView r : refs) {
            String path = jdbc.sql("select territory_path from referral where id = :id").param("id", r.id()).query(String.class).single();
            outbox.record("referral.delay_reported", j, r.id(), path, r.actorId(), Map.of("referralId", r.id(), "code", r.code(), "title", c.title().strip()));
        }
        audit.record("CREATE", "referral_systemic_delay", null, j, "Retraso sistémico elevado: " + c.title().strip(), null, event);
        events.publishEvent(event);
        return event;
    }

    /** The deepest territory whose path is a prefix of every path. */
    static long commonTerritory(List<String> paths) {
        String[] first = paths.get(0).split("/");
        int common = first.length;
        for (String p : paths) {
            String[] parts = p.split("/");
            int i = 0;
            while (i < Math.min(common, parts.length) && parts[i].equals(first[i])) {
                i++;
            }
            common = i;
        }
        for (int i = common - 1; i >= 0; i--) {
            if (!first[i].isEmpty()) {
                return Long.parseLong(first[i]);
            }
        }
        throw new IllegalArgumentException("No common territory");
    }

    static long daysBetween(OffsetDateTime a, OffsetDateTime b) {
        return ChronoUnit.DAYS.between(a, b);
    }
}
