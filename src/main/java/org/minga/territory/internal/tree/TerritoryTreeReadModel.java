package org.minga.territory.internal.tree;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.territory.TerritoryLevelView;
import org.minga.territory.TerritoryView;
import org.minga.territory.internal.TerritoryReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of browsing a tree: its levels, a page of a search, the roots, a node's children and ancestors. */
@Component
record TerritoryTreeReadModel(JdbcClient jdbc) {

    private static final String LEVEL_SELECT = "select id, jurisdiction_id, code, name, rank from territory_level ";

    List<TerritoryLevelView> levels(long jurisdictionId) {
        return jdbc.sql(LEVEL_SELECT + "where jurisdiction_id = :j order by rank, name").param("j", jurisdictionId)
                .query(TerritoryLevelView.class).list();
    }

    Optional<TerritoryLevelView> level(long jurisdictionId, String code) {
        return jdbc.sql(LEVEL_SELECT + "where jurisdiction_id = :j and code = :c").param("j", jurisdictionId)
                .param("c", code).query(TerritoryLevelView.class).optional();
    }

    /** A page of the territories {@code where} finds (over {@code t}, the territory, and {@code l}, its level), by name. */
    PageResult<TerritoryView> page(String where, Map<String, Object> params, PageRequest page) {
        String from = " from territory t join territory_level l on l.id = t.level_id";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        List<TerritoryView> items = jdbc.sql(TerritoryReadModel.SELECT + where
                + " order by t.name, t.id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(TerritoryReadModel::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    List<TerritoryView> roots(long jurisdictionId) {
        return jdbc
                .sql(TerritoryReadModel.SELECT
                        + " where t.jurisdiction_id = :j and t.parent_id is null order by t.name")
                .param("j", jurisdictionId).query(TerritoryReadModel::map).list();
    }

    List<TerritoryView> children(long parentId) {
        return jdbc.sql(TerritoryReadModel.SELECT + " where t.parent_id = :p order by t.name, t.id")
                .param("p", parentId).query(TerritoryReadModel::map).list();
    }

    /** The territories of the ids, root first. */
    List<TerritoryView> byDepth(List<Long> ids) {
        return jdbc.sql(TerritoryReadModel.SELECT + " where t.id in (:ids) order by t.depth")
                .param("ids", ids).query(TerritoryReadModel::map).list();
    }
}
