package org.minga.referral.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.household.Households;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.privacy.Consents;
import org.minga.privacy.Purpose;
import org.minga.referral.internal.ReferralReadModel.Placement;
import org.minga.referral.internal.ReferralViews.Filter;
import org.minga.referral.internal.ReferralViews.ReferralDetail;
import org.minga.referral.internal.ReferralViews.ReferralRow;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a user may see of referrals: the lists of their territory or their entity's inbox, and one referral with the
 * person's data its authorization lets them see.
 */
@Service
@RequiredArgsConstructor
class ReferralQueries {

    private final ReferralReadModel read;
    private final ReferralAccess access;
    private final Territories territories;
    private final Actors actors;
    private final Households households;
    private final Consents consents;

    /**
     * A referral the user may see, or not found. Whoever reads personal data in the person's territory sees the
     * person's contact; the receiving entity sees the name and document, and the phone, e-mail and address only
     * when the person's authorization covers contact by the receiving entity ({@link Purpose#ENTITY_CONTACT}).
     */
    @Transactional(readOnly = true)
    ReferralDetail require(long id, CurrentUser user) {
        Placement p = requireVisible(id, user);
        ReferralDetail v = read.detail(id).orElseThrow();
        Long personId = v.subject().personId();
        if (personId == null) {
            return v;
        }
        boolean full = access.readsPersonalData(user, p.jurisdictionId(), p.territoryPath())
                || consents.covers(personId, Purpose.ENTITY_CONTACT);
        return households.contact(personId).map(c -> v.withSubject(full
                ? v.subject().withContact(c.documentType(), c.documentNumber(), c.phone(), c.email(), c.address(),
                        false)
                : v.subject().withContact(c.documentType(), c.documentNumber(), null, null, null, true)))
                .orElse(v);
    }

    /** Where a referral the user may see lies; not found when they may not see it. */
    Placement requireVisible(long id, CurrentUser user) {
        return read.placement(id).filter(x -> access.sees(user, x.jurisdictionId(), x.territoryPath(), x.actorId()))
                .orElseThrow(() -> new NotFoundException("No existe la canalización " + id + "."));
    }

    /** The transitions the user may make now, as the state table and their side of the referral allow. */
    List<ReferralStatus> allowedFor(ReferralDetail v, CurrentUser user) {
        ReferralStatus current = ReferralStatus.valueOf(v.progress().status());
        Placement p = read.placement(v.id()).orElseThrow();
        var sides = access.sides(user, p.jurisdictionId(), p.territoryPath(), p.actorId());
        return current.next().stream().filter(s -> sides.contains(s.madeBy())).toList();
    }

    /**
     * The referrals a user follows: for entity staff, those addressed to their entities; for everyone else, those
     * of their territory scope.
     */
    @Transactional(readOnly = true)
    PageResult<ReferralRow> list(CurrentUser user, Filter f, PageRequest page) {
        if (!access.entitiesOf(user).isEmpty()) {
            return inbox(user, f.actorId(), f, page);
        }
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        return scope.allJurisdictions() ? read.inTerritory(null, null, f, page)
                : read.inTerritory(scope.jurisdictionId() == null ? -1L : scope.jurisdictionId(), scope.likePattern(),
                        f, page);
    }

    /** An entity's inbox: the referrals addressed to it (or to any of the user's entities), open first by due date. */
    @Transactional(readOnly = true)
    PageResult<ReferralRow> inbox(CurrentUser user, Long actorId, Filter f, PageRequest page) {
        List<Long> actorIds;
        if (actorId != null) {
            ActorSummary a = actors.byId(actorId)
                    .orElseThrow(() -> new NotFoundException("No existe la entidad " + actorId + "."));
            if (!access.answersInbox(user, actorId, a.jurisdictionId())) {
                throw new ForbiddenException("Usted no trabaja en " + a.name() + ": no puede ver su bandeja.");
            }
            actorIds = List.of(actorId);
        } else {
            actorIds = access.entitiesOf(user);
            if (actorIds.isEmpty()) {
                return new PageResult<>(List.of(), page.page(), page.size(), 0);
            }
        }
        return read.inbox(actorIds, f, page);
    }
}
