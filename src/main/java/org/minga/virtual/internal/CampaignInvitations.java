package org.minga.virtual.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.minga.actor.ActorEmailContacts;
import org.minga.household.Households;
import org.minga.household.Households.PersonContact;
import org.minga.platform.CurrentUser;
import org.minga.platform.Mail;
import org.minga.platform.NotFoundException;
import org.minga.privacy.Consents;
import org.minga.privacy.Purpose;
import org.minga.virtual.internal.CampaignReadModel.Where;
import org.minga.virtual.internal.domain.Campaign;
import org.minga.virtual.internal.domain.CampaignPiece;
import org.minga.virtual.internal.domain.CampaignInvitation;
import org.minga.virtual.internal.domain.PieceVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends a running campaign's invitations by e-mail through the configured SMTP server: the approved version of a
 * piece embedded in the message ({@code cid:}, nothing fetched from elsewhere) and an unsubscribe link. Only people
 * with an e-mail whose authorization names the e-mail channel ({@link Purpose#EMAIL_INVITATIONS}) and who have not
 * unsubscribed receive one.
 */
@Service
class CampaignInvitations {

    /**
     * How many were invited (people and actors' contact people; {@code sentToActorContacts} of them to contact
     * people), and how many people were left out and why.
     */
    record Outcome(int sent, int withoutAuthorization, int withoutEmail, int unsubscribed, int sentToActorContacts)
            implements
                java.io.Serializable {

        Outcome(int sent, int withoutAuthorization, int withoutEmail, int unsubscribed) {
            this(sent, withoutAuthorization, withoutEmail, unsubscribed, 0);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CampaignRepository campaigns;
    private final CampaignPieceRepository pieces;
    private final CampaignReadModel read;
    private final CampaignInvitationRepository invitations;
    private final VirtualAccess access;
    private final Households households;
    private final Consents consents;
    private final ActorEmailContacts actorContacts;
    private final Mail mail;
    private final String baseUrl;

    CampaignInvitations(CampaignRepository campaigns, CampaignPieceRepository pieces, CampaignReadModel read,
            CampaignInvitationRepository invitations, VirtualAccess access, Households households, Consents consents,
            ActorEmailContacts actorContacts, Mail mail, @Value("${minga.base-url}") String baseUrl) {
        this.campaigns = campaigns;
        this.pieces = pieces;
        this.read = read;
        this.invitations = invitations;
        this.access = access;
        this.households = households;
        this.consents = consents;
        this.actorContacts = actorContacts;
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Sends the approved version of the piece to these people and to the contact people of these actors who accepted
     * the e-mail channel (both as ids; actors of another jurisdiction than the campaign's reach nobody).
     */
    @Transactional
    Outcome send(long campaignId, long pieceId, List<Long> persons, List<Long> actors, CurrentUser user) {
        Where w = read.where(campaignId)
                .orElseThrow(() -> new NotFoundException("La campaña " + campaignId + " no existe."));
        access.requireReadable(w.jurisdictionId(), w.territoryPath(), user, "La campaña " + campaignId);
        access.requireManaged(w.jurisdictionId(), w.territoryPath(), user);
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        campaign.requireRunning();
        CampaignPiece piece = pieces.findById(pieceId).filter(p -> p.campaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("La pieza " + pieceId + " no es de la campaña."));
        PieceVersion version = piece.approved();
        int sent = 0;
        int unauthorised = 0;
        int noEmail = 0;
        int unsubscribed = 0;
        for (long person : persons == null ? List.<Long>of() : persons) {
            Optional<String> email = households.contact(person).map(PersonContact::email)
                    .filter(e -> !e.isBlank());
            if (!consents.covers(person, Purpose.EMAIL_INVITATIONS)) {
                unauthorised++;
            } else if (email.isEmpty()) {
                noEmail++;
            } else if (invitations.optedOut(person)) {
                unsubscribed++;
            } else {
                String token = token();
                invitations.save(CampaignInvitation.sent(campaignId, pieceId, person, token, Instant.now()));
                mail(email.get(), campaign, piece, version, token);
                sent++;
            }
        }
        int toContacts = 0;
        for (ActorEmailContacts.EmailContact c : actorContacts.acceptingEmail(w.jurisdictionId(),
                actors == null ? List.of() : actors)) {
            String token = token();
            invitations.save(CampaignInvitation.sentToContact(campaignId, pieceId, c.contactId(), token,
                    Instant.now()));
            mail(c.email(), campaign, piece, version, token);
            toContacts++;
        }
        return new Outcome(sent + toContacts, unauthorised, noEmail, unsubscribed, toContacts);
    }

    private void mail(String to, Campaign campaign, CampaignPiece piece, PieceVersion version, String token) {
        mail.sendHtml(to, "Invitación: " + campaign.name(), text(campaign, piece, version, token),
                html(campaign, piece, version, token), images(version));
    }

    /**
     * Unsubscribes the recipient of the invitation {@code token} (an actor's contact person: their acceptance of the
     * e-mail channel is withdrawn); false for a token nobody was given.
     */
    @Transactional
    boolean unsubscribe(String token) {
        return invitations.findByToken(token == null ? "" : token).map(i -> {
            if (i.actorContactId() != null) {
                actorContacts.withdrawEmail(i.actorContactId());
            } else {
                invitations.optOut(i.personId());
            }
            return true;
        }).orElse(false);
    }

    private String unsubscribeLink(String token) {
        return baseUrl + "/u/" + token;
    }

    /** Minga's own counted redirect to the piece's link: no third-party tracker, nothing about the reader. */
    private String openLink(CampaignPiece p) {
        return baseUrl + "/l/" + p.id().value();
    }

    private String text(Campaign c, CampaignPiece p, PieceVersion v, String token) {
        return c.name() + "\n\n" + c.objective() + (v.body() == null ? "" : "\n\n" + v.body())
                + (v.link() == null ? "" : "\n\n" + openLink(p))
                + "\n\nSi no desea recibir más invitaciones: " + unsubscribeLink(token) + "\n";
    }

    private String html(Campaign c, CampaignPiece p, PieceVersion v, String token) {
        StringBuilder b = new StringBuilder("<html><body><h1>").append(HtmlUtils.htmlEscape(c.name()))
                .append("</h1><p>").append(HtmlUtils.htmlEscape(c.objective())).append("</p>");
        if (v.image() != null) {
            b.append("<p><img src=\"cid:pieza\" alt=\"").append(HtmlUtils.htmlEscape(p.title())).append("\"></p>");
        }
        if (v.body() != null) {
            b.append("<p>").append(HtmlUtils.htmlEscape(v.body())).append("</p>");
        }
        if (v.link() != null) {
            String link = HtmlUtils.htmlEscape(openLink(p));
            b.append("<p><a href=\"").append(link).append("\">").append(link).append("</a></p>");
        }
        return b.append("<p><small><a href=\"").append(unsubscribeLink(token))
                .append("\">No deseo recibir más invitaciones</a></small></p></body></html>").toString();
    }

    private static List<Mail.Inline> images(PieceVersion v) {
        List<Mail.Inline> list = new ArrayList<>();
        if (v.image() != null) {
            list.add(new Mail.Inline("pieza", v.imageType(), v.image()));
        }
        return list;
    }

    private static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
