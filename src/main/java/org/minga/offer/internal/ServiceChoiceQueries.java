package org.minga.offer.internal;

import java.util.List;
import java.util.Map;

import org.minga.actor.Actors;
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
record ServiceChoiceQueries(JdbcClient jdbc, Territories territories, Actors actors) {

    @Bean
    Choices serviceChoices() {
        return Choices.inScope("services", territories::scopeOf, this::find, Capability.READ_TERRITORIAL_INFO);
    }

    /** The services matching what was typed, their providers named by the actors in one call for all of them. */
    List<Choice> find(String query, Typed typed, AccessScope scope, int limit) {
        record Row(long id, String name, long providerId, String code) {
        }
        List<Row> rows = jdbc
                .sql("""
                        select s.id, s.name, s.provider_id, s.code from offer_service s
                        where (cast(:j as bigint) is null or s.jurisdiction_id = :j)
                          and (s.search_key like :prefix or s.search_key like :word or upper(s.code) = upper(:code))
                        order by upper(s.code) = upper(:code) desc, s.search_key like :prefix desc, s.name, s.id limit :l""")
                .param("j", scope.jurisdictionId()).param("prefix", typed.prefix()).param("word", typed.word())
                .param("code", query.strip()).param("l", limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).list();
        Map<Long, String> providers = actors.names(rows.stream().map(Row::providerId).distinct().toList());
        return rows.stream().map(r -> new Choice(String.valueOf(r.id()), r.name(),
                providers.get(r.providerId()) + " · " + r.code())).toList();
    }
}
