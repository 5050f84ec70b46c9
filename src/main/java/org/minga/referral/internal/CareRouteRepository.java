package org.minga.referral.internal;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.household.Households;
import org.minga.referral.internal.domain.CareRoute;
import org.minga.referral.internal.domain.RouteStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of care routes with their versions and steps, and of a route's application to a person. Hand-written rather than
 * Spring Data JDBC: the steps are numbered from 1, where Spring Data JDBC numbers a list from 0.
 */
@Repository
@RequiredArgsConstructor
class CareRouteRepository {

    private final JdbcClient jdbc;

    boolean codeTaken(long jurisdictionId, String code) {
        return jdbc.sql("select count(*) from care_route where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).single() > 0;
    }

    Optional<Long> jurisdictionOf(long routeId) {
        return jdbc.sql("select jurisdiction_id from care_route where id = :id").param("id", routeId)
                .query(Long.class).optional();
    }

    /** Stores a route, its version 1 and its steps (position 1 first); answers its id. */
    long add(CareRoute route, String username) {
        long id = jdbc.sql("""
                insert into care_route (jurisdiction_id, code, name, description, need_category)
                values (:j, :c, :n, :d, :nc) returning id""")
                .param("j", route.jurisdictionId()).param("c", route.code()).param("n", route.name())
                .param("d", route.description()).param("nc", route.need().name()).query(Long.class).single();
        addVersion(id, 1, route, username);
        return id;
    }

    /**
     * Makes {@code route} the next version of route {@code id}, the one in force from now on; the steps of earlier
     * versions stay for the people who started them. Answers the new version's number.
     */
    int revise(long id, CareRoute route, String username) {
        int next = jdbc.sql("select current_version + 1 from care_route where id = :id for update").param("id", id)
                .query(Integer.class).single();
        addVersion(id, next, route, username);
        jdbc.sql("""
                update care_route set name = :n, description = :d, need_category = :nc, current_version = :v,
                  version = version + 1 where id = :id""")
                .param("n", route.name()).param("d", route.description()).param("nc", route.need().name())
                .param("v", next).param("id", id).update();
        return next;
    }

    private void addVersion(long id, int number, CareRoute route, String username) {
        jdbc.sql("""
                insert into care_route_version (route_id, number, name, description, need_category, created_by)
                values (:r, :v, :n, :d, :nc, :u)""")
                .param("r", id).param("v", number).param("n", route.name()).param("d", route.description())
                .param("nc", route.need().name()).param("u", username).update();
        List<CareRoute.Step> steps = route.steps();
        for (int i = 0; i < steps.size(); i++) {
            CareRoute.Step s = steps.get(i);
            jdbc.sql("""
                    insert into care_route_step (route_id, route_version, position, name, description, actor_id,
                      service_id, max_days, conditions)
                    values (:r, :v, :p, :n, :d, :a, :s, :m, :c)""")
                    .param("r", id).param("v", number).param("p", i + 1).param("n", s.name())
                    .param("d", s.description()).param("a", s.actorId()).param("s", s.serviceId())
                    .param("m", s.maxDays()).param("c", s.conditions()).update();
        }
    }

    /** Marks a route just added as proposed from a community priority, for the population and territory given. */
    void propose(long id, CareRoute.Proposal p, String username) {
        jdbc.sql("""
                update care_route set status = 'PROPOSED', population = :p, territory_id = :t, origin_kind = :k,
                  origin_id = :o, origin_title = :ot, proposed_by = :u where id = :id""")
                .param("p", p.population() == null ? null : p.population().name()).param("t", p.territoryId())
                .param("k", p.originKind()).param("o", p.originId()).param("ot", p.originTitle())
                .param("u", username).param("id", id).update();
    }

    /** Puts a proposed route in force, as approved by {@code username}. */
    void approve(long id, RouteStatus status, String username) {
        jdbc.sql("""
                update care_route set status = :s, approved_by = :u, approved_at = now(), version = version + 1
                where id = :id""").param("s", status.name()).param("u", username).param("id", id).update();
    }

    /**
     * Records that version {@code routeVersion} of a route was applied to a person, where the person lives; answers
     * the application's id.
     */
    long addApplication(long jurisdictionId, long routeId, int routeVersion, Households.PersonRef person,
            String username) {
        return jdbc.sql("""
                insert into care_route_application (jurisdiction_id, route_id, route_version, person_id, territory_id,
                  territory_path, created_by)
                values (:j, :r, :v, :p, :t, :tp, :u) returning id""")
                .param("j", jurisdictionId).param("r", routeId).param("v", routeVersion).param("p", person.id())
                .param("t", person.territoryId()).param("tp", person.territoryPath()).param("u", username)
                .query(Long.class).single();
    }
}
