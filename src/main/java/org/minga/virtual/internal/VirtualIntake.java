package org.minga.virtual.internal;

import lombok.RequiredArgsConstructor;
import org.minga.participation.ChannelContributions;
import org.minga.platform.CurrentUser;
import org.minga.platform.Identity;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.referral.Referrals;
import org.minga.virtual.internal.VirtualTerritoryReadModel.Head;
import org.minga.virtual.internal.domain.Intake;
import org.minga.virtual.internal.domain.IntakeKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings what people say in a virtual territory into Minga (issue 21): a need or comment as a participation
 * contribution, or, for a person who authorised it, the start of a referral; the virtual territory stays its origin
 * in the other module and the link is kept here for the figures. Thin: the checks are participation's and referral's.
 */
@Service
@RequiredArgsConstructor
class VirtualIntake {

    /** A need or comment heard: kind (NEED, SUGGESTION, COMPLAINT, IDEA), text, theme, the physical territory it
     * concerns (the code of one the virtual territory reaches; its own when absent), and what it answered. */
    record ContributionCommand(String kind, String text, String theme, String territory, Long campaignId,
            Long onlineSessionId) {
    }

    /** A person's request heard online, with the evidence of their authorization to share their data. */
    record ReferralCommand(Long personId, String needCategory, String needDescription, Long serviceId, Long actorId,
            String shareEvidence, Long campaignId, Long onlineSessionId) {
    }

    /** What was recorded: the contribution's or referral's id (and a referral's code). */
    record Recorded(IntakeKind kind, long id, String code) {
    }

    private final VirtualTerritoryReadModel read;
    private final VirtualAccess access;
    private final IntakeRepository intakes;
    private final ChannelContributions contributions;
    private final Referrals referrals;

    @Transactional
    Recorded contribution(long virtualTerritoryId, ContributionCommand c, CurrentUser user) {
        Head h = managed(virtualTerritoryId, user);
        if (c == null) {
            throw new ValidationException("text", "Escriba el aporte (hasta 2.000 caracteres).");
        }
        long territoryId = h.territoryId();
        if (c.territory() != null && !c.territory().isBlank()) {
            long reached = access.territory(access.jurisdictionById(h.jurisdictionId()), c.territory(), "territory")
                    .id();
            if (reached != h.territoryId() && !read.reachedTerritories(h.id()).contains(reached)) {
                throw new ValidationException("territory", "El territorio virtual «" + h.name()
                        + "» no alcanza el territorio «" + c.territory().strip() + "».");
            }
            territoryId = reached;
        }
        ChannelContributions.Recorded r = contributions.record(new ChannelContributions.Heard(h.id(),
                h.name(), territoryId, c.kind(), c.text(), c.theme()), user);
        keep(h, c.campaignId(), c.onlineSessionId(), IntakeKind.CONTRIBUTION, r.id(), user);
        return new Recorded(IntakeKind.CONTRIBUTION, r.id(), null);
    }

    @Transactional
    Recorded referral(long virtualTerritoryId, ReferralCommand c, CurrentUser user) {
        Head h = managed(virtualTerritoryId, user);
        if (c == null || c.personId() == null) {
            throw new ValidationException("personId",
                    "Indique la persona que pidió la canalización (debe haber autorizado el uso de sus datos).");
        }
        Referrals.Created r = referrals.createFromChannel(new Referrals.ChannelReferral(c.personId(),
                c.needCategory(), c.needDescription(), "Territorio virtual " + h.code() + ": " + h.name(),
                c.serviceId(), c.actorId(), c.shareEvidence()), user);
        keep(h, c.campaignId(), c.onlineSessionId(), IntakeKind.REFERRAL, r.id(), user);
        return new Recorded(IntakeKind.REFERRAL, r.id(), r.code());
    }

    private Head managed(long id, CurrentUser user) {
        Head h = read.head(id).orElseThrow(() -> new NotFoundException("El territorio virtual " + id + " no existe."));
        access.requireReadable(h.jurisdictionId(), h.territoryPath(), user, "El territorio virtual " + id);
        access.requireManaged(h.jurisdictionId(), h.territoryPath(), user);
        return h;
    }

    private void keep(Head h, Long campaignId, Long sessionId, IntakeKind kind, long target, CurrentUser user) {
        if (campaignId != null && !read.campaignUses(campaignId, h.id())) {
            throw new ValidationException("campaignId",
                    "La campaña " + campaignId + " no pasa por el territorio virtual «" + h.name() + "».");
        }
        if (sessionId != null && !read.sessionIn(sessionId, h.id())) {
            throw new ValidationException("onlineSessionId",
                    "La sesión " + sessionId + " no es del territorio virtual «" + h.name() + "».");
        }
        intakes.save(Intake.of(new Intake.Heard(new Identity<>(h.id()), h.territoryPath(), campaignId,
                sessionId), kind, target, access.today(h.jurisdictionId()), user.username()));
    }
}
