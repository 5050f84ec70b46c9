package org.minga.governance.internal;

import org.minga.governance.internal.domain.Network;
import org.springframework.data.repository.ListCrudRepository;

/** Networks, with their territories and members, written through Spring Data JDBC. */
interface NetworkRepository extends ListCrudRepository<Network, Long> {
}
