package org.minga.referral.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.offer.PersonProfile;
import org.minga.offer.ServiceCard;
import org.minga.offer.ServiceOffer;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.PageRequest;
import org.minga.platform.ValidationException;
import org.minga.referral.internal.domain.Deadline;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The services of the offer a referral may ask for, through the offer's public API, and their response times. */
@Component
@RequiredArgsConstructor
class ServiceCatalog {

    private final ServiceOffer offer;
    private final Actors actors;
    private final ServiceDeadlineRepository deadlines;
    private final AuditLog audit;
    private final ReferralAccess access;

    /** The active services of a jurisdiction, in name order. */
    List<ServiceCard> services(long jurisdictionId) {
        return offer.activeServices(jurisdictionId);
    }

    Optional<ServiceCard> service(long jurisdictionId, long serviceId) {
        return offer.activeService(jurisdictionId, serviceId);
    }

    /** Empty when eligible; the first reason otherwise. */
    Optional<String> ineligibility(long jurisdictionId, PersonProfile profile, long serviceId) {
        return offer.ineligibility(jurisdictionId, profile, serviceId);
    }

    /** The provider of a service, matched by name among the jurisdiction's actors. */
    Optional<ActorSummary> providerOf(long jurisdictionId, ServiceCard s) {
        if (s.providerName() == null) {
            return Optional.empty();
        }
        return actors.search(jurisdictionId, s.providerName(), new PageRequest(0, 20)).items().stream()
                .filter(a -> a.name().equals(s.providerName()) || a.displayName().equals(s.providerName())).findFirst();
    }

    /** The response time of a service in business days, when one is set. */
    Optional<Integer> serviceDays(long serviceId) {
        return deadlines.businessDays(serviceId);
    }

    @Transactional
    void setServiceDays(Jurisdiction j, long serviceId, int days, CurrentUser user) {
        access.requireManager(user, j.id());
        if (!Deadline.validDays(days)) {
            throw new ValidationException("businessDays", "El plazo debe estar entre 1 y 120 días hábiles.");
        }
        if (service(j.id(), serviceId).isEmpty()) {
            throw new ValidationException("serviceId", "El servicio " + serviceId + " no existe en " + j.name() + ".");
        }
        Optional<Integer> before = serviceDays(serviceId);
        deadlines.save(serviceId, j.id(), days, user.username());
        audit.record("UPDATE", "referral_service_deadline", serviceId, j.id(),
                "Plazo de respuesta del servicio: " + days
                        + " días hábiles",
                before.map(b -> Map.of("businessDays", b)).orElse(null), Map.of("businessDays", days));
    }
}
