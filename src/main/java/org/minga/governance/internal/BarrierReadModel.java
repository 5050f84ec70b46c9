package org.minga.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.minga.governance.BarrierType;
import org.minga.governance.internal.Gov.BarrierKind;
import org.minga.governance.internal.Gov.BarrierStatus;
import org.minga.governance.internal.Gov.EscalationAction;
import org.minga.governance.internal.OwnerNames.Listing;
import org.minga.offer.ServiceOffer;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Barriers and their trail as people read them (with bodies, territory and services); hand-written SQL, the services'
 * names from offer's API.
 */
@Component
record BarrierReadModel(JdbcClient jdbc, ServiceOffer offer) {

    public record BarrierView(long id, long jurisdictionId, BarrierKind kind, BarrierType type, String title,
            String description, long territoryId, String territoryName, String territoryPath,
            long originBodyId, String originBodyName, long currentBodyId, String currentBodyName,
            BarrierStatus status, String decision, String source, String sourceReference,
            List<String> services, int version, OffsetDateTime createdAt) implements Access.Placed {
        BarrierView withServices(List<String> names) {
            return new BarrierView(id, jurisdictionId, kind, type, title, description, territoryId, territoryName,
                    territoryPath, originBodyId, originBodyName, currentBodyId, currentBodyName, status, decision,
                    source, sourceReference, names, version, createdAt);
        }
    }

    public record StepView(long id, long barrierId, EscalationAction action, Long fromBodyId, String fromBodyName,
            long toBodyId, String toBodyName, String note, String userName, OffsetDateTime createdAt) {
    }

    private static final String SELECT = """
            select x.*, t.name as territory_name, o.name as origin_name, c.name as current_name,
                   array(select bs.service_id from gov_barrier_service bs where bs.barrier_id = x.id) as service_ids
            from gov_barrier x join territory t on t.id = x.territory_id join gov_body o on o.id = x.origin_body_id
            join gov_body c on c.id = x.current_body_id
            """;

    private static final String STEPS = """
            from gov_escalation e join gov_barrier x on x.id = e.barrier_id
            left join gov_body f on f.id = e.from_body_id join gov_body t on t.id = e.to_body_id
            """;

    /** The barrier with the ids of its services, whose names {@link #named} fills in. */
    private static Listing<BarrierView> map(ResultSet rs, int n) throws SQLException {
        return new Listing<>(new BarrierView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                BarrierKind.valueOf(rs.getString("kind")), BarrierType.valueOf(rs.getString("barrier_type")),
                rs.getString("title"), rs.getString("description"), rs.getLong("territory_id"),
                rs.getString("territory_name"), rs.getString("territory_path"), rs.getLong("origin_body_id"),
                rs.getString("origin_name"), rs.getLong("current_body_id"), rs.getString("current_name"),
                BarrierStatus.valueOf(rs.getString("status")), rs.getString("decision"), rs.getString("source"),
                rs.getString("source_reference"), List.of(), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class)), Listing.ids(rs, "service_ids"));
    }

    /** The barriers with their services' names in name order, from one look-up (offer's). */
    private List<BarrierView> named(List<Listing<BarrierView>> rows) {
        return OwnerNames.filled(rows, offer::names, BarrierView::withServices);
    }

    static StepView step(ResultSet rs, int n) throws SQLException {
        return new StepView(rs.getLong("id"), rs.getLong("barrier_id"),
                EscalationAction.valueOf(rs.getString("action")),
                rs.getObject("from_body_id", Long.class), rs.getString("from_name"), rs.getLong("to_body_id"),
                rs.getString("to_name"), rs.getString("note"), rs.getString("user_name"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    Optional<BarrierView> byId(long id) {
        return jdbc.sql(SELECT + "where x.id = :id").param("id", id).query(BarrierReadModel::map).optional()
                .map(b -> named(List.of(b)).get(0));
    }

    /** Barriers under the scope {@code prefix}, optionally those raised at, now held by or passed through a body. */
    PageResult<BarrierView> list(long jurisdictionId, String prefix, Long bodyId, BarrierStatus status,
            PageRequest page) {
        String where = " where " + Access.visibleSql("x") + """
                and (cast(:b as bigint) is null or x.origin_body_id = :b or x.current_body_id = :b
                     or exists (select 1 from gov_escalation e where e.barrier_id = x.id and e.to_body_id = :b))
                and (cast(:st as varchar) is null or x.status = :st)""";
        String st = status == null ? null : status.name();
        long total = jdbc.sql("select count(*) from gov_barrier x" + where).param("j", jurisdictionId)
                .param("prefix", prefix).param("b", bodyId).param("st", st).query(Long.class).single();
        List<BarrierView> items = named(jdbc
                .sql(SELECT + where + " order by x.updated_at desc, x.id desc limit :l offset :o")
                .param("j", jurisdictionId).param("prefix", prefix).param("b", bodyId).param("st", st)
                .param("l", page.size()).param("o", page.offset()).query(BarrierReadModel::map).list());
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * The barriers with a step of their trail in a period (local dates of the zone {@code tz}) at one of the bodies
     * {@code bodyIds}: raised there, escalated from or to it, resolved or returned there; capped at 2000.
     */
    List<BarrierView> ofBodiesInPeriod(List<Long> bodyIds, String tz, LocalDate from, LocalDate to) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return named(jdbc.sql(SELECT + """
                where exists (select 1 from gov_escalation e where e.barrier_id = x.id
                  and (e.to_body_id in (:bodies) or e.from_body_id in (:bodies))
                  and (e.created_at at time zone :tz)::date between :from and :to)
                order by o.name, x.id limit 2000""").param("bodies", bodyIds).param("tz", tz).param("from", from)
                .param("to", to).query(BarrierReadModel::map).list());
    }

    List<StepView> trail(long barrierId) {
        return jdbc.sql("select e.*, f.name as from_name, t.name as to_name " + STEPS
                + "where e.barrier_id = :b order by e.id").param("b", barrierId).query(BarrierReadModel::step).list();
    }

    /** Trail steps under the scope {@code prefix} (API /escalations). */
    PageResult<StepView> steps(long jurisdictionId, String prefix, Long barrierId, PageRequest page) {
        String where = STEPS + "where (cast(:bar as bigint) is null or e.barrier_id = :bar) and "
                + Access.visibleSql("x");
        long total = jdbc.sql("select count(*) " + where).param("bar", barrierId).param("j", jurisdictionId)
                .param("prefix", prefix).query(Long.class).single();
        List<StepView> items = jdbc.sql("select e.*, f.name as from_name, t.name as to_name " + where
                + " order by e.id desc limit :l offset :o").param("bar", barrierId).param("j", jurisdictionId)
                .param("prefix", prefix).param("l", page.size()).param("o", page.offset())
                .query(BarrierReadModel::step).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The active local (micro) body whose territory most closely contains {@code path}. */
    Optional<Long> localBodyFor(long jurisdictionId, String path) {
        return jdbc.sql("""
                select id from gov_body where jurisdiction_id = :j and level = 'MICRO' and active
                  and :path like territory_path || '%' order by length(territory_path) desc, id limit 1""")
                .param("j", jurisdictionId).param("path", path).query(Long.class).optional();
    }

    /** The body that last escalated the barrier to {@code currentBodyId}. */
    Optional<Long> escalatedFrom(long barrierId, long currentBodyId) {
        return jdbc
                .sql("""
                        select from_body_id from gov_escalation where barrier_id = :b and action = 'ESCALATED' and to_body_id = :c
                        order by id desc limit 1""")
                .param("b", barrierId).param("c", currentBodyId).query(Long.class)
                .optional();
    }
}
