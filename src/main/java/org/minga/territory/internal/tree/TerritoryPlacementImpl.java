package org.minga.territory.internal.tree;

import lombok.RequiredArgsConstructor;
import org.minga.platform.TextKeys;
import org.minga.territory.AreaType;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-based writes of the territory table, which keep {@code path} and {@code depth} consistent with
 * {@code parent_id}: placing a new territory (its path holds its own id) and moving a whole subtree.
 */
@RequiredArgsConstructor
class TerritoryPlacementImpl implements TerritoryPlacement {

    private final JdbcClient jdbc;

    /** Inserts a territory under {@code parent} (null for a root) and returns its id. */
    @Override
    public long insert(long jurisdictionId, long levelId, TerritoryView parent, String code, String name,
            AreaType areaType, Integer population) {
        return insert(jurisdictionId, levelId,
                parent == null ? null : new Placed(parent.id(), parent.path(), parent.depth()),
                code, name, areaType, population).id();
    }

    @Override
    public Placed insert(long jurisdictionId, long levelId, Placed parent, String code, String name, AreaType areaType,
            Integer population) {
        long id = jdbc.sql("""
                insert into territory (jurisdiction_id, level_id, parent_id, code, name, name_key, area_type,
                  population, path, depth)
                values (:j, :l, :p, :c, :n, :k, :a, :pop, '/', 0) returning id""")
                .param("j", jurisdictionId).param("l", levelId).param("p", parent == null ? null : parent.id())
                .param("c", code).param("n", name).param("k", TextKeys.key(name)).param("a", areaType.name())
                .param("pop", population).query(Long.class).single();
        String parentPath = parent == null ? "/" : parent.path();
        int depth = parent == null ? 0 : parent.depth() + 1;
        String path = parentPath + id + "/";
        jdbc.sql("update territory set path = :path, depth = :d where id = :id")
                .param("path", path).param("d", depth).param("id", id).update();
        return new Placed(id, path, depth);
    }

    /** Moves a territory and its whole subtree under a new parent. */
    @Override
    public void move(TerritoryView territory, TerritoryView newParent) {
        String oldPrefix = territory.path();
        String newPrefix = (newParent == null ? "/" : newParent.path()) + territory.id() + "/";
        int depthDelta = (newParent == null ? 0 : newParent.depth() + 1) - territory.depth();
        jdbc.sql("update territory set parent_id = :p where id = :id")
                .param("p", newParent == null ? null : newParent.id()).param("id", territory.id()).update();
        jdbc.sql("""
                update territory set path = :newPrefix || substring(path from :cut), depth = depth + :delta,
                  updated_at = now()
                where path like :old""")
                .param("newPrefix", newPrefix).param("cut", oldPrefix.length() + 1).param("delta", depthDelta)
                .param("old", oldPrefix + "%").update();
    }
}
