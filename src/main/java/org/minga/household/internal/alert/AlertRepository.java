package org.minga.household.internal.alert;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Writes of alerts; those the rules open, many at a time, through {@link AlertStatements}. Lists read
 * {@link AlertReadModel}.
 */
public interface AlertRepository extends Repository<Alert, Long>, AlertStatements {

    Alert save(Alert alert);

    Optional<Alert> findById(Long id);

    /** Closes the open alerts of a person who withdrew every authorization, with the note that says so. */
    @Modifying
    @Query("""
            update alert set status = 'CERRADA', closed_at = now(), closing_note = :note
            where person_id = :person and status <> 'CERRADA'""")
    int closeOpenOf(@Param("person") long person, @Param("note") String note);

    /** A merged duplicate's alerts belong to the person kept. */
    @Modifying
    @Query("update alert set person_id = :kept where person_id = :merged")
    int movePerson(@Param("merged") long merged, @Param("kept") long kept);
}
