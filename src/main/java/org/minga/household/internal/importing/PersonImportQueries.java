package org.minga.household.internal.importing;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a persons import looks up in the stored data: documents already registered, households by code. */
@Component
record PersonImportQueries(JdbcClient jdbc) {

    /** A document of the file already stored, and the person who has it. */
    record StoredDocument(String number, long personId) {
    }

    /** A stored household named by code in the file. */
    record StoredHousehold(long id, long jurisdictionId, String territoryPath, String code) {
    }

    /** Among {@code numbers} of one document type, those a (not merged) person of the jurisdiction has. */
    List<StoredDocument> documents(long jurisdictionId, String documentType, String[] numbers) {
        return jdbc.sql("""
                select document_number, id from person where jurisdiction_id = :j and document_type = :t
                  and document_number = any(:n) and merged_into is null""")
                .param("j", jurisdictionId).param("t", documentType).param("n", numbers)
                .query((rs, i) -> new StoredDocument(rs.getString(1), rs.getLong(2))).list();
    }

    List<StoredHousehold> households(long jurisdictionId, String[] codes) {
        return jdbc.sql("""
                select id, jurisdiction_id, territory_path, code from household
                where jurisdiction_id = :j and code = any(:c)""")
                .param("j", jurisdictionId).param("c", codes)
                .query((rs, i) -> new StoredHousehold(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
