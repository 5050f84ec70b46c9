package org.minga.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.Labels;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.offer.Need;
import org.minga.platform.AccessScope;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.referral.internal.CareRouteViews.ApplicationView;
import org.minga.referral.internal.CareRouteViews.ProgressStep;
import org.minga.referral.internal.CareRouteViews.RouteView;
import org.minga.referral.internal.CareRouteViews.Standing;
import org.minga.referral.internal.domain.RouteStatus;
import org.minga.offer.ValueGroup;
import org.minga.referral.internal.CareRouteViews.StepView;
import org.minga.referral.internal.CareRouteViews.VersionView;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Care routes with their steps' entities and services named, and a route's application with each step's referral
 * and how far it went: the hand-written SQL. Other modules' names are asked before a row is open (one connection
 * at a time).
 */
@Component
record CareRouteReadModel(JdbcClient jdbc, Actors actors, ServiceCatalog catalog, ReferralReadModel referrals,
        Labels labels, List<org.minga.platform.LinkTargets> links, org.minga.territory.Territories territories) {

    /** The active routes of a jurisdiction, by name. */
    List<RouteView> routes(long jurisdictionId) {
        return jdbc.sql("select id from care_route where jurisdiction_id = :j and active order by name")
                .param("j", jurisdictionId).query(Long.class).list().stream().map(id -> route(id).orElseThrow())
                .toList();
    }

    Optional<RouteView> route(long id) {
        return route(id, null);
    }

    /** A route as of its version {@code version}, or of the one in force when null; empty when there is none. */
    Optional<RouteView> route(long id, Integer version) {
        Integer number = version != null ? version
                : jdbc.sql("select current_version from care_route where id = :id").param("id", id)
                        .query(Integer.class).optional().orElse(null);
        if (number == null) {
            return Optional.empty();
        }
        List<StepView> steps = jdbc.sql("""
                select s.id, s.position, s.name, s.description, s.actor_id, s.service_id, s.max_days, s.conditions
                from care_route_step s where s.route_id = :r and s.route_version = :v order by s.position""")
                .param("r", id).param("v", number)
                .query((rs, n) -> new StepView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), null, null, rs.getObject(6, Long.class), null, rs.getInt(7), rs.getString(8)))
                .list();
        List<VersionView> versions = jdbc.sql("""
                select number, name, created_by, created_at from care_route_version where route_id = :r
                order by number desc""").param("r", id)
                .query((rs, n) -> new VersionView(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        if (versions.stream().noneMatch(v -> v.number() == number)) {
            return Optional.empty();
        }
        Map<Long, ActorSummary> names = actors.byIds(steps.stream().map(StepView::actorId).toList());
        Optional<Long> jurisdiction = jdbc.sql("select jurisdiction_id from care_route where id = :id")
                .param("id", id).query(Long.class).optional();
        if (jurisdiction.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> serviceNames = new HashMap<>();
        if (steps.stream().anyMatch(s -> s.serviceId() != null)) {
            catalog.services(jurisdiction.get()).forEach(s -> serviceNames.put(s.id(), s.name()));
        }
        List<StepView> named = steps.stream()
                .map(s -> new StepView(s.id(), s.position(), s.name(), s.description(), s.actorId(),
                        names.containsKey(s.actorId()) ? names.get(s.actorId()).code() : null,
                        names.containsKey(s.actorId()) ? names.get(s.actorId()).name() : "—", s.serviceId(),
                        s.serviceId() == null ? null : serviceNames.get(s.serviceId()), s.maxDays(),
                        s.conditions()))
                .toList();
        Standing standing = standing(id, jurisdiction.get());
        return jdbc.sql("""
                select r.id, j.code, r.code, v.name, v.description, v.need_category, r.active, r.version,
                  r.current_version
                from care_route r join jurisdiction j on j.id = r.jurisdiction_id
                join care_route_version v on v.route_id = r.id and v.number = :v where r.id = :id""")
                .param("id", id).param("v", number)
                .query((rs, n) -> {
                    Need need = Need.valueOf(rs.getString(6));
                    return new RouteView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), need.name(), Labels.inSpanish(need), rs.getBoolean(7), named,
                            rs.getInt(8), number, rs.getInt(9), versions, standing);
                }).optional();
    }

    /** A route's status, population, territory and origin; the origin's page asked of its owner, rows closed. */
    private Standing standing(long id, long jurisdictionId) {
        record Row(String status, String population, Long territoryId, String originKind, Long originId,
                String originTitle, String proposedBy, String approvedBy) {
        }
        Row r = jdbc.sql("""
                select status, population, territory_id, origin_kind, origin_id, origin_title, proposed_by, approved_by
                from care_route where id = :id""").param("id", id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .single();
        RouteStatus status = RouteStatus.valueOf(r.status());
        String href = r.originKind() == null ? null
                : links.stream().filter(l -> l.kind().equals(r.originKind())).findFirst()
                        .flatMap(l -> l.byId(jurisdictionId, r.originId())).map(t -> t.href()).orElse(null);
        return new Standing(status.name(), labels.of(status), r.population(),
                r.population() == null ? null : labels.of(ValueGroup.valueOf(r.population())), r.territoryId(),
                r.territoryId() == null ? null
                        : territories.byId(r.territoryId()).map(t -> t.name()).orElse(null),
                r.originKind(), r.originId(), r.originTitle(), href, r.proposedBy(), r.approvedBy());
    }

    /** An application of a route within {@code scope}, with each step's referral and how far it went. */
    ApplicationView application(long id, AccessScope scope) {
        record Header(long routeId, String routeName, int routeVersion, Long personId, String createdBy,
                Instant createdAt, long jurisdictionId, String territoryPath) {
        }
        Header a = jdbc.sql("""
                select ap.route_id, v.name, ap.route_version, ap.person_id, ap.created_by, ap.created_at,
                  ap.jurisdiction_id, ap.territory_path
                from care_route_application ap
                join care_route_version v on v.route_id = ap.route_id and v.number = ap.route_version
                where ap.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Header(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getObject(4, Long.class),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getLong(7), rs.getString(8)))
                .optional().filter(h -> scope.includes(h.jurisdictionId(), h.territoryPath()))
                .orElseThrow(() -> new NotFoundException("No existe la aplicación de ruta " + id + "."));
        LocalDate today = referrals.today(a.jurisdictionId()); // before the rows are open: one connection
        List<ProgressStep> steps = jdbc.sql("""
                select s.position, s.name, r.actor_name, r.id, r.code, r.status, r.due_on
                from care_route_step s
                join care_route_application ap on ap.route_id = s.route_id and ap.route_version = s.route_version
                left join referral r on r.route_application_id = ap.id and r.route_step_position = s.position
                where ap.id = :id order by s.position""").param("id", id)
                .query((rs, n) -> {
                    String st = rs.getString(6);
                    ReferralStatus status = st == null ? null : ReferralStatus.valueOf(st);
                    LocalDate due = rs.getObject(7, LocalDate.class);
                    boolean overdue = status != null && status.open() && due.isBefore(today);
                    return new ProgressStep(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                            rs.getString(5), st, status == null ? null : labels.of(status), due, overdue,
                            status == ReferralStatus.ATTENDED || status == ReferralStatus.CLOSED);
                }).list();
        String subject = jdbc.sql("select subject_name from referral where route_application_id = :id limit 1")
                .param("id", id).query(String.class).optional().orElse("—");
        return new ApplicationView(id, a.routeId(), a.routeName(), a.routeVersion(), a.personId(), subject,
                a.createdBy(),
                a.createdAt(), steps);
    }
}
