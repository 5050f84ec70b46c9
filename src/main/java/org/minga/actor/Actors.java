package org.minga.actor;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.minga.platform.Named;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;

/** Read access to actors for other modules (the service offer, the public HSDS export). */
public interface Actors {

    Optional<ActorSummary> byId(long id);

    Optional<ActorSummary> byUid(UUID uid);

    Optional<ActorSummary> byCode(long jurisdictionId, String code);

    /**
     * The actor a form field names: by code, else by name or acronym (accents and case aside), as people type them;
     * a name several actors bear names them all (issue 17).
     */
    Named<ActorSummary> named(long jurisdictionId, String typed);

    Map<Long, ActorSummary> byIds(Collection<Long> ids);

    /**
     * The names of the actors among {@code ids}, in name order (the database's collation, then id): iterate it to
     * list names as {@code order by name} would.
     */
    LinkedHashMap<Long, String> names(Collection<Long> ids);

    /**
     * Actors in name order, optionally of one jurisdiction and matching a search that ignores case and
     * accents. Public information only.
     */
    PageResult<ActorSummary> search(Long jurisdictionId, String query, PageRequest page);

    /**
     * The ids of the actors that are not active, of one jurisdiction or of all ({@code null}): what a list leaves
     * out when it shows only what active actors provide (few, where the active are thousands).
     */
    List<Long> inactiveIds(Long jurisdictionId);

    /**
     * Active actors in name order (then id), optionally of one jurisdiction, whose search key holds each word of
     * {@code query} (accents and case aside, at most 8 words) and modified at or after {@code modifiedAfter} (null:
     * any time): the public directory of organisations. Public information only.
     */
    PageResult<ActorSummary> active(Long jurisdictionId, String query, Instant modifiedAfter, PageRequest page);

    /**
     * The located, active social assets of a jurisdiction that the given actors hold or that lie in the given
     * territory subtrees (materialised paths), at most {@code limit}, the actors' own first: where a network's member
     * actors and assets are.
     */
    List<AssetPoint> locatedAssets(long jurisdictionId, Collection<Long> actorIds, Collection<String> territoryPaths,
            int limit);

    /** The located social assets of a jurisdiction among the given ones (what a network ties), by name. */
    List<AssetPoint> assetPoints(long jurisdictionId, Collection<Long> assetIds);
}
