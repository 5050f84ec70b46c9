package org.minga.territory.internal;

import java.util.List;

import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.Choices.Choice;
import org.minga.platform.Choices.Typed;
import org.minga.territory.Territories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Territories to choose in a form, within the user's reach: a word of the name starting with what is typed, or the
 * code; submitted as the code. The trigram index of names answers both prefixes.
 */
@Component
record TerritoryChoiceQueries(JdbcClient jdbc, Territories territories) {

    @Bean
    Choices territoryChoices() {
        return Choices.inScope("territories", territories::scopeOf, this::find, Capability.READ_TERRITORIAL_INFO);
    }

    List<Choice> find(String query, Typed typed, AccessScope scope, int limit) {
        return jdbc.sql("""
                select t.code, t.name, l.name as level_name, p.name as parent_name
                from territory t join territory_level l on l.id = t.level_id left join territory p on p.id = t.parent_id
                where (cast(:j as bigint) is null or t.jurisdiction_id = :j) and t.path like :scope
                  and (t.name_key like :prefix or t.name_key like :word or upper(t.code) = upper(:code))
                order by upper(t.code) = upper(:code) desc, t.name_key like :prefix desc, l.rank, t.name, t.id
                limit :l""")
                .param("j", scope.jurisdictionId()).param("scope", scope.likePattern())
                .param("prefix", typed.prefix()).param("word", typed.word())
                .param("code", query.strip()).param("l", limit)
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), rs.getString(3)
                        + (rs.getString(4) == null ? "" : " · " + rs.getString(4)) + " · " + rs.getString(1)))
                .list();
    }
}
