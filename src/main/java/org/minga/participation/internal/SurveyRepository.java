package org.minga.participation.internal;

import org.minga.participation.internal.domain.Survey;
import org.springframework.data.repository.ListCrudRepository;

/** Writes of {@link Survey}s, and of their question versions ({@link SurveyStatements}). */
interface SurveyRepository extends ListCrudRepository<Survey, Long>, SurveyStatements {

    boolean existsByJurisdictionIdAndCode(long jurisdictionId, String code);
}
