package org.minga.actor.internal;

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

/** Active actors of the user's jurisdiction to choose by name, acronym or code (trigram index); submitted as code. */
@Component
record ActorChoiceQueries(JdbcClient jdbc, Territories territories) {

    @Bean
    Choices actorChoices() {
        return Choices.inScope("actors", territories::scopeOf, this::find, Capability.READ_TERRITORIAL_INFO);
    }

    List<Choice> find(String query, Typed typed, AccessScope scope, int limit) {
        return jdbc.sql("""
                select a.code, a.name, a.acronym from actor a
                where (cast(:j as bigint) is null or a.jurisdiction_id = :j) and a.status = 'ACTIVE'
                  and (a.search_key like :prefix or a.search_key like :word)
                order by a.search_key like :prefix desc, a.name, a.id limit :l""")
                .param("j", scope.jurisdictionId()).param("prefix", typed.prefix()).param("word", typed.word())
                .param("l", limit)
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2),
                        (rs.getString(3) == null ? "" : rs.getString(3) + " · ") + rs.getString(1)))
                .list();
    }
}
