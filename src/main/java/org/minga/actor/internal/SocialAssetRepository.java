package org.minga.actor.internal;

import org.minga.actor.internal.domain.SocialAsset;
import org.springframework.data.repository.CrudRepository;

/** Social assets written through Spring Data JDBC. */
interface SocialAssetRepository extends CrudRepository<SocialAsset, Long> {
}
