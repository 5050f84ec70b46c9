package org.minga.actor.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.minga.actor.ActorSummary;
import org.minga.actor.AssetPoint;
import org.minga.actor.ActorType;
import org.minga.actor.Actors;
import org.minga.actor.Sector;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.platform.Named;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;

/** Finds actors for pages, the API and other modules ({@link Actors}), within what the user may read. */
@Service
record ActorQueries(ActorReadModel read, SocialAssetReadModel assets) implements Actors {

    @Override
    public Optional<ActorSummary> byId(long id) {
        return read.byId(id);
    }

    @Override
    public Optional<ActorSummary> byUid(UUID uid) {
        return read.byUid(uid);
    }

    @Override
    public Optional<ActorSummary> byCode(long jurisdictionId, String code) {
        return read.byCode(jurisdictionId, code);
    }

    @Override
    public Named<ActorSummary> named(long jurisdictionId, String typed) {
        return read.named(jurisdictionId, typed);
    }

    @Override
    public Map<Long, ActorSummary> byIds(Collection<Long> ids) {
        return read.byIds(ids);
    }

    @Override
    public LinkedHashMap<Long, String> names(Collection<Long> ids) {
        return read.names(ids);
    }

    @Override
    public List<Long> inactiveIds(Long jurisdictionId) {
        return read.inactiveIds(jurisdictionId);
    }

    @Override
    public PageResult<ActorSummary> active(Long jurisdictionId, String query, Instant modifiedAfter,
            PageRequest page) {
        return read.active(jurisdictionId, query, modifiedAfter, page);
    }

    @Override
    public List<AssetPoint> locatedAssets(long jurisdictionId, Collection<Long> actorIds,
            Collection<String> territoryPaths, int limit) {
        return assets.located(jurisdictionId, actorIds, territoryPaths, limit);
    }

    @Override
    public List<AssetPoint> assetPoints(long jurisdictionId, Collection<Long> assetIds) {
        return assets.points(jurisdictionId, assetIds);
    }

    @Override
    public PageResult<ActorSummary> search(Long jurisdictionId, String query, PageRequest page) {
        return find(jurisdictionId, null, null, null, query, page);
    }

    /** See {@link ActorReadModel#find}. */
    PageResult<ActorSummary> find(Long jurisdictionId, ActorType type, Sector sector, TerritoryView territory,
            String query, PageRequest page) {
        return read.find(jurisdictionId, type, sector, territory, query, page);
    }

    /** Up to 500 actors of a jurisdiction in name order, for the pickers of the forms. */
    List<ActorSummary> pickable(long jurisdictionId) {
        return find(jurisdictionId, null, null, null, null, PageRequest.of(0, 500)).items();
    }

    /** The actor when its jurisdiction is in the user's scope; otherwise not found. */
    ActorSummary requireVisible(long id, CurrentUser user) {
        return byId(id).filter(
                a -> AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, a.jurisdictionId()))
                .orElseThrow(() -> new NotFoundException("No existe el actor " + id + "."));
    }

    ActorDetail detail(long id, CurrentUser user) {
        return read.detail(requireVisible(id, user));
    }

    /** Territory codes where the actor acts, for forms and exports. */
    List<String> territoryCodes(long actorId) {
        return read.territoryCodes(actorId);
    }

    /** The code of an actor's parent, or null. */
    String parentCode(ActorSummary a) {
        return a.parentId() == null ? null : byId(a.parentId()).map(ActorSummary::code).orElse(null);
    }
}
