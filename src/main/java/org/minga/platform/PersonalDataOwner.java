package org.minga.platform;

import java.util.Map;
import java.util.Set;

/**
 * Implemented by every module that keeps a personal datum (Ley 1581 de 2012): it lists, exports and anonymises what
 * it keeps about a person, in its own tables only. Privacy orchestrates them for a data-subject request: the export
 * ("todo lo que Minga guarda sobre usted") has one section per owner, and a deletion calls every owner in one
 * transaction. {@code PersonalDataOwnersTests} fails when a table with a personal column is declared by no owner.
 *
 * <p>Anonymising keeps every row, so that counts by territory stay right: identifying columns are blanked or replaced
 * and free text is scrubbed of the person's identifiers ({@link DataSubjectRef#scrub}).
 */
public interface PersonalDataOwner {

    /** The section of the export, in Spanish, e.g. "Remisiones". */
    String section();

    /** The tables in which this module keeps personal data; each table is declared by exactly one owner. */
    Set<String> tables();

    /**
     * Adds the identifiers this module keeps about the person (names, documents, phones, e-mails, addresses), so
     * that the owners that keep copies (audit log, stored files, free text) can find them. Called on every owner
     * before any anonymises.
     */
    default void identify(DataSubjectRef.Builder subject) {
    }

    /** Whether this owner finds the person by the identifiers others gave (copies), so it runs after the others. */
    default boolean keepsCopies() {
        return false;
    }

    /** What it keeps about the person: a label in Spanish and how many records, for the confirmation of a deletion. */
    Map<String, Long> list(DataSubjectRef subject);

    /** Everything it keeps about the person, for a consulta: record kind in Spanish to the records. */
    Map<String, Object> export(DataSubjectRef subject);

    /** Removes every identifying datum it keeps about the person, keeping the rows. */
    void anonymise(DataSubjectRef subject);
}
