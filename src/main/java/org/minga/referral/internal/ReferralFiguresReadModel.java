package org.minga.referral.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;
import org.minga.actor.Actors;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.referral.internal.ReferralViews.Figures;
import org.minga.referral.internal.domain.ReferralStatus;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The closed-loop figures of referrals: a read model over the covering index {@code referral_scope_idx}. */
@Component
@RequiredArgsConstructor
class ReferralFiguresReadModel {

    private final JdbcClient jdbc;
    private final ReferralReadModel read;
    private final Territories territories;
    private final Actors actors;

    /**
     * Closed-loop figures of the referrals in a territory's subtree (within the user's scope), grouped by entity,
     * service, route or nothing ("total"): share answered with a counter-referral, median days to acceptance
     * and to attention, overdue count.
     */
    @Transactional(readOnly = true)
    List<Figures> figures(CurrentUser user, Jurisdiction j, Long territoryId, String by) {
        read.customPlans();
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        if (!scope.includesJurisdiction(j.id())) {
            throw new NotFoundException("No existe la jurisdicción " + j.code() + ".");
        }
        String pattern = scope.likePattern();
        if (territoryId != null) {
            TerritoryView t = territories.requireVisible(territoryId, user);
            pattern = t.path() + "%";
        }
        String group = by == null ? "total" : by;
        Map<Long, Acc> groups = histograms(j, pattern, group);
        Map<Long, String> names = names(j, group, groups.keySet().stream().filter(id -> id >= 0).toList());
        List<Figures> out = new ArrayList<>();
        groups.forEach((id, acc) -> {
            String name = group.equals("total") ? "Total" : id < 0
                    ? (group.equals("service") ? "Sin servicio" : group.equals("route") ? "Fuera de ruta" : "—")
                    : names.getOrDefault(id, String.valueOf(id));
            out.add(new Figures(id < 0 ? "-" : String.valueOf(id), name, acc.total, acc.answered,
                    acc.total == 0 ? null : Math.round(1000.0 * acc.answered / acc.total) / 10.0,
                    median(acc.acceptance), median(acc.attention), acc.overdue));
        });
        out.sort(Comparator.comparingLong(Figures::total).reversed());
        return out;
    }

    /**
     * One hash aggregate over the covering index referral_scope_idx: counts per group and per number of days
     * (days are small integers), so the medians come from these histograms without sorting every row.
     */
    private Map<Long, Acc> histograms(Jurisdiction j, String pattern, String group) {
        String key;
        String join = "";
        switch (group) {
            case "actor" -> key = "r.actor_id";
            case "service" -> key = "r.service_id";
            case "route" -> {
                key = "ap.route_id";
                join = " left join care_route_application ap on ap.id = r.route_application_id";
            }
            case "total" -> key = "0::bigint";
            default -> throw new ValidationException("by", "Agrupe por actor, service, route o total.");
        }
        Map<Long, Acc> groups = new LinkedHashMap<>();
        jdbc.sql("select " + key + """
                , r.days_to_acceptance, r.days_to_attention, count(*), count(r.attended_at),
                  count(*) filter (where r.status in""" + " " + ReferralStatus.OPEN_SQL + """
                 and r.due_on < :today)
                from referral r""" + join + """
                 where r.jurisdiction_id = :j and r.territory_path like :p and r.status <> 'CANCELLED'
                group by 1, 2, 3""")
                .param("j", j.id()).param("p", pattern).param("today", read.today(j.id()))
                .query(rs -> {
                    Long id = rs.getObject(1, Long.class);
                    Acc acc = groups.computeIfAbsent(id == null ? -1L : id, k -> new Acc());
                    Integer acceptance = rs.getObject(2, Integer.class);
                    Integer attention = rs.getObject(3, Integer.class);
                    long count = rs.getLong(4);
                    acc.total += count;
                    acc.answered += rs.getLong(5);
                    acc.overdue += rs.getLong(6);
                    if (acceptance != null) {
                        acc.acceptance.merge(acceptance, count, Long::sum);
                    }
                    if (attention != null) {
                        acc.attention.merge(attention, count, Long::sum);
                    }
                });
        return groups;
    }

    private Map<Long, String> names(Jurisdiction j, String group, List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        switch (group) {
            case "actor" -> actors.byIds(ids).forEach((id, a) -> names.put(id, a.name()));
            case "service" -> jdbc.sql(
                    "select service_id, max(service_name) from referral where service_id in (:ids) and jurisdiction_id = :j group by 1")
                    .param("ids", ids).param("j", j.id()).query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                    .list();
            case "route" -> jdbc.sql("select id, name from care_route where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
            default -> {
            }
        }
        return names;
    }

    /** Counts of one group, and how many referrals took each number of days. */
    private static final class Acc {
        long total;
        long answered;
        long overdue;
        final TreeMap<Integer, Long> acceptance = new TreeMap<>();
        final TreeMap<Integer, Long> attention = new TreeMap<>();
    }

    /** The median of the values a histogram counts (the mean of the two middle ones when their number is even). */
    static Double median(SortedMap<Integer, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long lowRank = (n - 1) / 2;
        long highRank = n / 2;
        Integer low = null;
        Integer high = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            long next = seen + e.getValue();
            if (low == null && lowRank < next) {
                low = e.getKey();
            }
            if (highRank < next) {
                high = e.getKey();
                break;
            }
            seen = next;
        }
        return (low + high) / 2.0;
    }
}
