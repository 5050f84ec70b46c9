package org.minga.practice;

import java.util.List;
import java.util.Optional;

/**
 * Live figures of a Minga record a practice links to as evidence ("fair", "dialogue", "body",
 * "indicator", ...). A module that owns such records declares a bean of this type; until it exists the
 * link is kept and shown without figures.
 */
public interface EvidenceSource {

    /** The link type this source answers for, e.g. "fair". */
    String linkType();

    /** The record's title and figures, or empty when the reference does not exist (any more). */
    Optional<Evidence> figures(long jurisdictionId, String reference);

    record Evidence(String title, String href, List<Figure> figures) {
    }

    record Figure(String label, String value) {
    }
}
