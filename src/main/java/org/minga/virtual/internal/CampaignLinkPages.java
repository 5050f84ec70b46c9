package org.minga.virtual.internal;

import java.net.URI;

import org.minga.platform.Capability;
import org.minga.platform.NotFoundException;
import org.minga.platform.Requires;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The counted redirect of a campaign piece's link (public, rate-limited like the other public pages): one more open,
 * then on to Minga's public page. Only pages of Minga (a path) are ever the target.
 */
@Requires(Capability.PUBLIC)
@RestController
record CampaignLinkPages(CampaignLinks links) {

    @GetMapping("/l/{pieceId}")
    ResponseEntity<Void> open(@PathVariable long pieceId) {
        String path = links.open(pieceId)
                .orElseThrow(() -> new NotFoundException("Este enlace no corresponde a ninguna pieza con enlace."));
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(path)).build();
    }
}
