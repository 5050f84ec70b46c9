package org.minga.virtual.internal;

import java.net.URI;
import java.util.Map;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.minga.virtual.internal.CampaignViews.CampaignView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Communication campaigns and their pieces as JSON: bind, call one service, answer. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record CampaignApi(Campaigns campaigns, CampaignQueries queries, CampaignInvitations invitations) {

    /** Whom to invite with which piece: people, and actors whose contact people accepted the e-mail channel. */
    record InvitationCommand(Long pieceId, java.util.List<Long> persons, java.util.List<Long> actors) {
    }

    /** The number of a piece's version. */
    record VersionNumber(Integer version) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/campaigns")
    ResponseEntity<CampaignView> plan(@RequestBody Campaigns.PlanCommand c) {
        long id = campaigns.plan(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id)).body(one(id));
    }

    @GetMapping("/api/v1/campaigns/{id}")
    CampaignView one(@PathVariable long id) {
        return queries.campaign(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/campaigns/{id}/launch")
    CampaignView launch(@PathVariable long id) {
        campaigns.launch(id, CurrentUsers.require());
        return one(id);
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/campaigns/{id}/close")
    CampaignView close(@PathVariable long id) {
        campaigns.close(id, CurrentUsers.require());
        return one(id);
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/campaigns/{id}/pieces")
    ResponseEntity<Map<String, Long>> draftPiece(@PathVariable long id, @RequestBody Campaigns.PieceCommand p) {
        long piece = campaigns.draftPiece(id, p, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id)).body(Map.of("id", piece));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/campaign-pieces/{id}/versions")
    VersionNumber revisePiece(@PathVariable long id, @RequestBody Campaigns.PieceCommand p) {
        return new VersionNumber(campaigns.revisePiece(id, p, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/campaign-pieces/{id}/approval")
    VersionNumber approvePiece(@PathVariable long id, @RequestBody VersionNumber v) {
        campaigns.approvePiece(id, v == null ? null : v.version(), CurrentUsers.require());
        return v;
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/campaigns/{id}/invitations")
    CampaignInvitations.Outcome invite(@PathVariable long id, @RequestBody InvitationCommand c) {
        if (c == null || c.pieceId() == null) {
            throw new org.minga.platform.ValidationException("pieceId", "Indique la pieza que se envía.");
        }
        return invitations.send(id, c.pieceId(), c.persons(), c.actors(), CurrentUsers.require());
    }
}
