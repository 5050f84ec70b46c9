package org.minga.referral.internal;

import java.util.List;
import java.util.Optional;

import org.minga.household.Households;
import org.minga.referral.internal.domain.CareRoute;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of care routes with their steps, and of a route's application to a person. Hand-written rather than
 * Spring Data JDBC: the steps are numbered from 1, where Spring Data JDBC numbers a list from 0.
 */
@Repository
class CareRouteRepository {

    private final JdbcClient jdbc;

    CareRouteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean codeTaken(long jurisdictionId, String code) {
        return jdbc.sql("select count(*) from care_route where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).single() > 0;
    }

    Optional<Long> jurisdictionOf(long routeId) {
        return jdbc.sql("select jurisdiction_id from care_route where id = :id").param("id", routeId)
                .query(Long.class).optional();
    }

    /** Stores a route and its steps (position 1 first); answers its id. */
    long add(CareRoute route) {
        long id = jdbc.sql("""
                insert into care_route (jurisdiction_id, code, name, description, need_category)
                values (:j, :c, :n, :d, :nc) returning id""")
                .param("j", route.jurisdictionId()).param("c", route.code()).param("n", route.name())
                .param("d", route.description()).param("nc", route.need().name()).query(Long.class).single();
        List<CareRoute.Step> steps = route.steps();
        for (int i = 0; i < steps.size(); i++) {
            CareRoute.Step s = steps.get(i);
            jdbc.sql("""
                    insert into care_route_step (route_id, position, name, description, actor_id, service_id, max_days)
                    values (:r, :p, :n, :d, :a, :s, :m)""")
                    .param("r", id).param("p", i + 1).param("n", s.name()).param("d", s.description())
                    .param("a", s.actorId()).param("s", s.serviceId()).param("m", s.maxDays()).update();
        }
        return id;
    }

    /** Records that a route was applied to a person, where the person lives; answers the application's id. */
    long addApplication(long jurisdictionId, long routeId, Households.PersonRef person, String username) {
        return jdbc.sql("""
                insert into care_route_application (jurisdiction_id, route_id, person_id, territory_id, territory_path,
                  created_by)
                values (:j, :r, :p, :t, :tp, :u) returning id""")
                .param("j", jurisdictionId).param("r", routeId).param("p", person.id())
                .param("t", person.territoryId()).param("tp", person.territoryPath()).param("u", username)
                .query(Long.class).single();
    }
}
