package org.minga.planning.internal.strategy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.planning.ClassifiedKind;
import org.minga.planning.StrategyClassifications.Category;
import org.minga.planning.StrategyDimension;
import org.minga.platform.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A strategy's categories, the categories a record carries, and the figures by category within a scope. */
@Component
record StrategyReadModel(JdbcClient jdbc) {

    private static final String DIMENSION_ORDER = """
            case c.dimension when 'POPULATION' then 0 when 'SCENARIO' then 1 else 2 end, c.position, c.name""";

    List<Category> categories(long jurisdictionId) {
        return jdbc.sql("select c.* from strategy_category c where c.jurisdiction_id = :j order by " + DIMENSION_ORDER)
                .param("j", jurisdictionId).query(StrategyReadModel::category).list();
    }

    List<Category> of(ClassifiedKind kind, long subjectId) {
        return jdbc.sql("""
                select c.* from strategy_classification l join strategy_category c on c.id = l.category_id
                where l.subject_kind = :k and l.subject_id = :s""" + " order by " + DIMENSION_ORDER)
                .param("k", kind.name()).param("s", subjectId).query(StrategyReadModel::category).list();
    }

    /** Per category, how many records of each kind it classifies inside the scope (counts only, no record). */
    List<CategoryFigure> figures(long jurisdictionId, AccessScope scope) {
        Map<Long, Map<ClassifiedKind, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select l.category_id, l.subject_kind, count(*) as n from strategy_classification l
                where l.jurisdiction_id = :j and l.territory_path like :prefix
                group by l.category_id, l.subject_kind""")
                .param("j", jurisdictionId).param("prefix", scope.likePattern())
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong("category_id"), k -> new LinkedHashMap<>())
                            .put(ClassifiedKind.valueOf(rs.getString("subject_kind")), rs.getLong("n"));
                });
        List<CategoryFigure> figures = new ArrayList<>();
        for (Category c : categories(jurisdictionId)) {
            Map<ClassifiedKind, Long> byKind = new LinkedHashMap<>();
            for (ClassifiedKind k : ClassifiedKind.values()) {
                byKind.put(k, counts.getOrDefault(c.id(), Map.of()).getOrDefault(k, 0L));
            }
            figures.add(new CategoryFigure(c, byKind));
        }
        return figures;
    }

    private static Category category(ResultSet rs, int n) throws SQLException {
        return new Category(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                StrategyDimension.valueOf(rs.getString("dimension")), rs.getString("code"), rs.getString("name"),
                rs.getString("description"));
    }
}
