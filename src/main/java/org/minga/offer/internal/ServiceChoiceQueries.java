package org.minga.offer.internal;

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

/** Services of the user's jurisdiction to choose by name or code, with their provider; submitted as their id. */
@Component
record ServiceChoiceQueries(JdbcClient jdbc, Territories territories) {

    @Bean
    Choices serviceChoices() {
        return Choices.inScope("services", territories::scopeOf, this::find, Capability.READ_TERRITORIAL_INFO);
    }

    List<Choice> find(String query, Typed typed, AccessScope scope, int limit) {
        return jdbc
                .sql("""
                        select s.id, s.name, a.name as provider, s.code from offer_service s join actor a on a.id = s.provider_id
                        where (cast(:j as bigint) is null or s.jurisdiction_id = :j)
                          and (s.search_key like :prefix or s.search_key like :word or upper(s.code) = upper(:code))
                        order by upper(s.code) = upper(:code) desc, s.search_key like :prefix desc, s.name, s.id limit :l""")
                .param("j", scope.jurisdictionId()).param("prefix", typed.prefix()).param("word", typed.word())
                .param("code", query.strip()).param("l", limit)
                .query((rs, n) -> new Choice(String.valueOf(rs.getLong(1)), rs.getString(2),
                        rs.getString(3) + " · " + rs.getString(4)))
                .list();
    }
}
