package org.minga.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.planning.internal.domain.AgreementKind;
import org.minga.platform.Labels;
import org.minga.platform.LinkTargets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The agreements of an action plan as its page shows them, and those about to expire for the morning job. */
@Component
public record AgreementReadModel(JdbcClient jdbc, Labels labels, List<LinkTargets> links) {

    public record AgreementDocumentView(String title, String url) {
    }

    public record AgreementView(long id, String code, String kind, String kindLabel, List<String> parties,
            String object, BigDecimal value, String currency, LocalDate startsOn, LocalDate endsOn,
            List<String> fundedActions, List<String> fundedServices, List<AgreementDocumentView> documents) {
    }

    /** An agreement ending soon: enough to tell who manages the plan. */
    record Expiring(long id, long actionPlanId, String code, String territoryPath, LocalDate endsOn) {
    }

    List<AgreementView> ofActionPlan(long actionPlanId) {
        Map<Long, List<String>> parties = new LinkedHashMap<>();
        jdbc.sql("select p.agreement_id, p.party from agreement_party p join agreement a on a.id = p.agreement_id "
                + "where a.action_plan_id = :a order by 1, p.position").param("a", actionPlanId)
                .query(rs -> {
                    parties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<String>> funded = new LinkedHashMap<>();
        jdbc.sql("select f.agreement_id, x.code || ' · ' || x.name from agreement_funded_action f "
                + "join plan_action x on x.id = f.plan_action_id join agreement a on a.id = f.agreement_id "
                + "where a.action_plan_id = :a order by 1, x.code").param("a", actionPlanId)
                .query(rs -> {
                    funded.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<String>> services = new LinkedHashMap<>();
        // read whole first: the offer names its services by its own query, not while this result set is open
        jdbc.sql("select f.agreement_id, a.jurisdiction_id, f.service_id from agreement_funded_service f "
                + "join agreement a on a.id = f.agreement_id where a.action_plan_id = :a order by 1, 3")
                .param("a", actionPlanId).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .list()
                .forEach(f -> services.computeIfAbsent(f[0], k -> new ArrayList<>()).add(service(f[1], f[2])
                        .map(LinkTargets.Target::title).orElse("Servicio " + f[2] + " (ya no existe)")));
        Map<Long, List<AgreementDocumentView>> documents = new LinkedHashMap<>();
        jdbc.sql(
                "select d.agreement_id, d.title, d.url from agreement_document d join agreement a on a.id = d.agreement_id "
                        + "where a.action_plan_id = :a order by 1, d.position")
                .param("a", actionPlanId)
                .query(rs -> {
                    documents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new AgreementDocumentView(rs.getString(2), rs.getString(3)));
                });
        return jdbc.sql("select * from agreement where action_plan_id = :a order by ends_on, code")
                .param("a", actionPlanId).query((rs, n) -> {
                    long id = rs.getLong("id");
                    AgreementKind kind = AgreementKind.valueOf(rs.getString("kind"));
                    return new AgreementView(id, rs.getString("code"), kind.name(), labels.of(kind),
                            parties.getOrDefault(id, List.of()), rs.getString("object"), rs.getBigDecimal("value"),
                            rs.getString("currency"), rs.getDate("starts_on").toLocalDate(),
                            rs.getDate("ends_on").toLocalDate(), funded.getOrDefault(id, List.of()),
                            services.getOrDefault(id, List.of()), documents.getOrDefault(id, List.of()));
                }).list();
    }

    /** A service of the offer of the jurisdiction (through the offer module's {@link LinkTargets}). */
    java.util.Optional<LinkTargets.Target> service(long jurisdictionId, long serviceId) {
        return links.stream().filter(l -> l.kind().equals("service")).findFirst()
                .flatMap(l -> l.byId(jurisdictionId, serviceId));
    }

    boolean codeTaken(long jurisdictionId, String code) {
        return jdbc.sql("select count(*) from agreement where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).single() > 0;
    }

    /** Agreements of a jurisdiction still running on {@code today} that end by {@code limit}. */
    List<Expiring> endingBetween(long jurisdictionId, LocalDate today, LocalDate limit) {
        return jdbc.sql("select id, action_plan_id, code, territory_path, ends_on from agreement "
                + "where jurisdiction_id = :j and ends_on >= :today and ends_on <= :limit order by ends_on, id")
                .param("j", jurisdictionId).param("today", today).param("limit", limit)
                .query((rs, n) -> new Expiring(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate()))
                .list();
    }
}
