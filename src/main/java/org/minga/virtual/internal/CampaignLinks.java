package org.minga.virtual.internal;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens of Minga's links in campaign pieces (issue 21), measured without third-party trackers: an invitation's link
 * goes through Minga's own redirect, which adds one to the piece's count of the day and sends the reader on to the
 * public page. Nothing about the reader is stored: no token, address, cookie or person.
 */
@Service
@RequiredArgsConstructor
class CampaignLinks {

    private final CampaignReadModel read;
    private final CampaignPieceRepository pieces;
    private final VirtualAccess access;

    /** The path of the approved version's link after counting the open; empty for a piece without one. */
    @Transactional
    Optional<String> open(long pieceId) {
        return read.approvedLink(pieceId).map(l -> {
            pieces.countOpen(pieceId, access.today(l.jurisdictionId()));
            return l.link();
        });
    }
}
