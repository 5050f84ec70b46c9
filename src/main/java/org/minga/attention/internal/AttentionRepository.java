package org.minga.attention.internal;

import org.minga.attention.internal.domain.Attention;
import org.springframework.data.repository.CrudRepository;

/** Attentions (with their participants) written through Spring Data JDBC. */
interface AttentionRepository extends CrudRepository<Attention, Long> {
}
