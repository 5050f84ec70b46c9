package org.minga.fair.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;

import org.minga.fair.internal.FairRecords.FairView;
import org.minga.fair.internal.FairRecords.RegistrationCommand;
import org.minga.household.Households;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.privacy.AuthorizationCommand;
import org.minga.privacy.Consents;
import org.minga.referral.Referrals;
import org.springframework.stereotype.Component;

/**
 * A need detected at a stand, referred to the entity that can answer it. A sensitive need (health) needs an
 * authorization that covers sensitive data: the stand's "autoriza datos sensibles" box records one through
 * privacy's API when the person's authorization does not cover them yet.
 */
@Component
record FairReferrals(Consents consents, Referrals referrals) {

    /** Refers the registration's need; null when the stand recorded none. */
    Referrals.Created refer(FairView f, Jurisdiction j, RegistrationCommand c, Households.PersonRef person,
            Households.PersonFacts facts, String actorName, CurrentUser u) {
        if (c.needCategory() == null || c.needCategory().isBlank()) {
            return null;
        }
        authorizeSensitive(f, j, c, person, facts, actorName);
        return referrals.createFromFair(new Referrals.FairReferral(person.id(), c.needCategory(),
                c.needDescription(), "Jornada " + f.code() + " (" + f.name() + ")", c.referralServiceId(),
                c.referralServiceId() == null ? c.actorId() : null,
                Boolean.TRUE.equals(c.shareAuthorized()) ? "Autorización verbal registrada en el stand de " + actorName
                        + " en la jornada " + f.code() : null),
                u);
    }

    private void authorizeSensitive(FairView f, Jurisdiction j, RegistrationCommand c, Households.PersonRef person,
            Households.PersonFacts facts, String actorName) {
        if (!Boolean.TRUE.equals(c.sensitiveAuthorized()) || consents.coversSensitive(person.id())) {
            return;
        }
        boolean minor = facts.birthDate() != null
                && Period.between(facts.birthDate(), LocalDate.now(j.zoneId())).getYears() < 18;
        consents.grant(person.id(), j.id(), new AuthorizationCommand(minor ? "Acudiente de " + person.displayName()
                : person.displayName(), null, minor, minor ? "Acudiente presente en la jornada" : null, "PRESENCIAL",
                "Canalización desde la jornada de servicios " + f.name() + ", incluidos datos sensibles de salud",
                "Autorización expresa de datos sensibles registrada en el stand de " + actorName + " en la jornada "
                        + f.code(),
                true, OffsetDateTime.now(j.zoneId())), minor, true);
    }
}
