package org.minga.virtual.internal;

import java.util.Optional;

import org.minga.virtual.internal.domain.OnlineSession;
import org.springframework.data.repository.CrudRepository;

/** Online sessions written through Spring Data JDBC (with their materials and attendance). */
interface OnlineSessionRepository extends CrudRepository<OnlineSession, Long> {

    Optional<OnlineSession> findByPublicToken(String publicToken);
}
