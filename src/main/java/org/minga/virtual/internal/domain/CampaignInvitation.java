package org.minga.virtual.internal.domain;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invitation of a campaign sent by e-mail to one person (or one actor's contact person), with the approved version of a piece, and the token of
 * its unsubscribe link (unguessable: whoever holds the message may unsubscribe its recipient, nobody else).
 */
@Table("campaign_invitation")
public class CampaignInvitation {

    @Id
    private Long id;
    private long campaignId;
    private long pieceId;
    private Long personId;
    private Long actorContactId;
    private String token;
    private Instant sentAt;

    private CampaignInvitation() {
    }

    public static CampaignInvitation sent(long campaignId, long pieceId, long personId, String token, Instant at) {
        CampaignInvitation i = sent(campaignId, pieceId, token, at);
        i.personId = personId;
        return i;
    }

    /** An invitation sent to an actor's contact person who accepted the e-mail channel. */
    public static CampaignInvitation sentToContact(long campaignId, long pieceId, long actorContactId, String token,
            Instant at) {
        CampaignInvitation i = sent(campaignId, pieceId, token, at);
        i.actorContactId = actorContactId;
        return i;
    }

    private static CampaignInvitation sent(long campaignId, long pieceId, String token, Instant at) {
        CampaignInvitation i = new CampaignInvitation();
        i.campaignId = campaignId;
        i.pieceId = pieceId;
        i.token = token;
        i.sentAt = at;
        return i;
    }

    /** The person invited; null for an actor's contact person. */
    public Long personId() {
        return personId;
    }

    /** The actor's contact person invited; null for a person. */
    public Long actorContactId() {
        return actorContactId;
    }

    public String token() {
        return token;
    }
}
