package org.minga.virtual.internal;

import org.minga.virtual.internal.domain.Intake;
import org.springframework.data.repository.CrudRepository;

/** What moderators brought from virtual territories, written through Spring Data JDBC. */
interface IntakeRepository extends CrudRepository<Intake, Long> {
}
