package org.minga.territory;

import java.time.Instant;
import java.util.List;

/**
 * One version of a territory's shared diagnosis as other modules and the API read it: what the local body wrote,
 * which edition it is, who saved it and when, and the evidence it links to ({@code kind}: FIGURE, ASSET, DIALOGUE
 * or PRACTICE).
 */
public record DiagnosisView(long id, long territoryId, String territoryName, int edition, String authoredBy,
        String needs, String potentialities, String reading, String createdBy, Instant createdAt,
        List<EvidenceLink> evidence) {

    /** A link the diagnosis rests on. */
    public record EvidenceLink(String kind, String title, String url) {
    }
}
