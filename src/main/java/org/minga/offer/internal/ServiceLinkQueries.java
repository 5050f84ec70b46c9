package org.minga.offer.internal;

import org.minga.actor.Actors;
import org.minga.platform.LinkTargetQueries;
import org.minga.platform.LinkTargets;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Services of the offer as records another module may link to by id (an agreement of an action plan funds them):
 * by name or code; a service belongs to its whole jurisdiction (where it is offered is its eligibility, not its
 * place), so any scope of the jurisdiction finds it. The detail is its code and its provider's name, which the actors
 * tell.
 */
@Component
record ServiceLinkQueries(JdbcClient jdbc, Actors actors) {

    @Bean
    LinkTargets serviceLinks() {
        return new LinkTargetQueries(jdbc, "service", "Servicio", "/offer/services/{id}", """
                select s.id, s.jurisdiction_id, '' as territory_path, s.name as title,
                       s.code as detail, s.provider_id as detail_key
                  from offer_service s
                 where (cast(:j as bigint) is null or s.jurisdiction_id = :j) and cast(:scope as text) is not null
                   and (cast(:id as bigint) is null or s.id = :id)
                 order by s.name, s.id""").withDetails(actors::names);
    }
}
