package org.minga.actor.internal;

import java.util.Optional;

import org.minga.planning.ResponsibleEntities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Actors as the entities planning names on plan actions and resource lines (issue 23): a code, an acronym or a
 * name written on an action finds the jurisdiction's actor (the code first), so planning keeps its id.
 */
@Component
record ActorEntitiesReadModel(JdbcClient jdbc) implements ResponsibleEntities {

    @Override
    public Optional<Entity> find(long jurisdictionId, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, code, name from actor
                where jurisdiction_id = :j and (lower(code) = lower(:t) or lower(acronym) = lower(:t)
                                                or lower(name) = lower(:t))
                order by case when lower(code) = lower(:t) then 0 when lower(name) = lower(:t) then 1 else 2 end,
                         case when status = 'ACTIVE' then 0 else 1 end, id
                limit 1""").param("j", jurisdictionId).param("t", text.strip())
                .query((rs, n) -> new Entity(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }
}
