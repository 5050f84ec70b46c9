package org.minga.privacy.internal;

import org.minga.privacy.internal.domain.DataRequest;
import org.springframework.data.repository.CrudRepository;

/** Data-subject requests written through Spring Data JDBC. */
interface DataRequestRepository extends CrudRepository<DataRequest, Long> {
}
