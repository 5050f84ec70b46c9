package org.minga.planning.internal.strategy;

import java.util.List;

import org.minga.planning.ClassifiedKind;
import org.minga.planning.StrategyDimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a strategy's categories and the classification links. */
@Component
record StrategyRepository(JdbcClient jdbc) {

    boolean codeTaken(long jurisdictionId, String code) {
        return jdbc.sql("select count(*) from strategy_category where jurisdiction_id = :j and lower(code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code).query(Long.class).single() > 0;
    }

    long addCategory(long jurisdictionId, StrategyDimension dimension, String code, String name,
            String description) {
        return jdbc.sql("""
                insert into strategy_category (jurisdiction_id, dimension, code, name, description, position)
                values (:j, :d, :c, :n, :desc, (select coalesce(max(position), 0) + 1 from strategy_category
                  where jurisdiction_id = :j and dimension = :d)) returning id""")
                .param("j", jurisdictionId).param("d", dimension.name()).param("c", code).param("n", name)
                .param("desc", description).query(Long.class).single();
    }

    /** The record now carries exactly these categories. */
    void replace(ClassifiedKind kind, long subjectId, long jurisdictionId, String territoryPath,
            List<Long> categoryIds, String by) {
        jdbc.sql("delete from strategy_classification where subject_kind = :k and subject_id = :s")
                .param("k", kind.name()).param("s", subjectId).update();
        for (Long categoryId : categoryIds) {
            jdbc.sql("""
                    insert into strategy_classification (category_id, subject_kind, subject_id, jurisdiction_id,
                      territory_path, classified_by) values (:c, :k, :s, :j, :p, :by)""")
                    .param("c", categoryId).param("k", kind.name()).param("s", subjectId).param("j", jurisdictionId)
                    .param("p", territoryPath == null ? "/" : territoryPath).param("by", by).update();
        }
    }
}
