package org.minga.governance.internal;

/** The custom statements of {@link BodyTypeRepository}. */
interface BodyTypeStatements {

    /**
     * Gives a jurisdiction without a catalogue the standard types of its country (seed 004's, kept in
     * {@code gov_body_type_standard}); a jurisdiction that has one keeps it as it is.
     */
    void ensureCatalogue(long jurisdictionId);
}
