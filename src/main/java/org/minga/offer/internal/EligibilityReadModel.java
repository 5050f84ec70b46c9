package org.minga.offer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minga.actor.Actors;
import org.minga.offer.EligibilityAnswer;
import org.minga.offer.EligibilityRules;
import org.minga.offer.PersonProfile;
import org.minga.offer.ValueGroup;
import org.minga.offer.ServiceCard;
import org.minga.offer.ServiceOffer;
import org.minga.offer.Sex;
import org.minga.offer.SisbenGroups;
import org.minga.offer.internal.OfferReadModel.CardRow;
import org.minga.platform.KeyedQueries;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may receive which active service: the offer's public answer ({@link ServiceOffer}) in SQL over the narrow
 * {@code offer_eligibility} row, with the first reason why not from {@link EligibilityRules}; and the whole active
 * catalogue, which fairs and referrals choose from; services' names and existence for other modules' lists.
 */
@Component
record EligibilityReadModel(JdbcClient jdbc, Actors actors) implements ServiceOffer {

    /**
     * The eligibility rules in SQL: the same as {@link EligibilityRules}; an unknown part of
     * the profile (null) fails the rule that needs it. Wrapped in coalesce so "not eligible" is its exact complement.
     */
    static final String ELIGIBLE = """
            coalesce((s.min_age is null or s.min_age <= cast(:age as integer))
              and (s.max_age is null or s.max_age >= cast(:age as integer))
              and (s.sex = 'ANY' or s.sex = cast(:sex as varchar))
              and (cardinality(s.population_groups) = 0 or s.population_groups && cast(:groups as varchar[]))
              and (cardinality(s.sisben_groups) = 0 or s.sisben_groups @> array[cast(:sisben as varchar)])
              and (s.offered_everywhere or s.area_paths && cast(:ancestors as varchar[])), false)
            """;

    /** The same rules on the narrow {@code offer_eligibility} row (alias e), with the SISBEN groups as a bit mask. */
    static final String ELIGIBLE_FAST = """
            coalesce((e.min_age is null or e.min_age <= cast(:age as integer))
              and (e.max_age is null or e.max_age >= cast(:age as integer))
              and (e.sex = 'ANY' or e.sex = cast(:sex as varchar))
              and (cardinality(e.population_groups) = 0 or e.population_groups && cast(:groups as varchar[]))
              and (e.sisben_mask = 0 or (e.sisben_mask & cast(:sisbenBit as bigint)) <> 0)
              and (e.offered_everywhere or e.area_paths && cast(:ancestors as varchar[])), false)
            """;

    @Override
    public EligibilityAnswer eligibility(long jurisdictionId, PersonProfile profile, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("j", jurisdictionId);
        params.put("age", profile.age());
        params.put("sex", profile.sex() == null ? null : profile.sex().name());
        params.put("groups", profile.groups().stream().map(Enum::name).sorted().toArray(String[]::new));
        params.put("sisben", profile.sisben());
        params.put("ancestors", ancestors(profile.territoryPath()));
        params.put("sisbenBit", sisbenMask(profile.sisben() == null ? List.of() : List.of(profile.sisben())));
        String base = " from offer_eligibility e where e.jurisdiction_id = :j and e.active";
        long[] totals = jdbc.sql("select count(*) filter (where " + ELIGIBLE_FAST + ") as yes, count(*) as alls" + base)
                .params(params).query((rs, n) -> new long[]{rs.getLong("yes"), rs.getLong("alls")}).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<CardRow> yes = jdbc
                .sql(OfferReadModel.CARD + "where s.jurisdiction_id = :j and s.status = 'ACTIVE' and " + ELIGIBLE
                        + " order by s.name, s.id limit :limit offset :offset")
                .params(params).query((rs, n) -> CardRow.of(rs)).list();
        List<Long> limited = new ArrayList<>();
        List<CardRow> cards = new ArrayList<>();
        List<EligibilityRules> rules = new ArrayList<>();
        jdbc.sql(OfferReadModel.CARD + "where s.jurisdiction_id = :j and s.status = 'ACTIVE' and not " + ELIGIBLE
                + " order by s.name, s.id limit :limit offset :offset")
                .params(params).query(rs -> {
                    if (!rs.getBoolean("offered_everywhere")) {
                        limited.add(rs.getLong("id"));
                    }
                    cards.add(CardRow.of(rs));
                    rules.add(rules(rs, Map.of()));
                });
        Map<Long, List<EligibilityRules.Area>> areas = areasOf(limited);
        List<CardRow> both = new ArrayList<>(yes);
        for (int i = 0; i < cards.size(); i++) {
            CardRow c = cards.get(i);
            EligibilityRules r = rules.get(i);
            EligibilityRules withAreas = new EligibilityRules(r.minAge(), r.maxAge(),
                    r.sex(),
                    r.populationGroups(), r.sisbenGroups(), r.offeredEverywhere(),
                    areas.getOrDefault(c.card().id(), List.of()));
            both.add(c.because(withAreas.firstReason(profile).orElse("no cumple las condiciones del servicio")));
        }
        List<ServiceCard> named = OfferReadModel.named(actors, both); // one call to the actors for both pages
        return new EligibilityAnswer(
                new PageResult<>(named.subList(0, yes.size()), page.page(), page.size(), totals[0]),
                new PageResult<>(named.subList(yes.size(), named.size()), page.page(), page.size(),
                        totals[1] - totals[0]));
    }

    /** The rules of a row, with the areas of its service taken from {@code areas} (loaded for the whole page). */
    private static EligibilityRules rules(ResultSet rs,
            Map<Long, List<EligibilityRules.Area>> areas)
            throws SQLException {
        return new EligibilityRules(rs.getObject("min_age", Integer.class),
                rs.getObject("max_age", Integer.class),
                Sex.valueOf(rs.getString("sex")),
                Set.copyOf(OfferReadModel.strings(rs.getArray("population_groups")).stream()
                        .map(ValueGroup::valueOf).toList()),
                Set.copyOf(OfferReadModel.strings(rs.getArray("sisben_groups"))), rs.getBoolean("offered_everywhere"),
                areas.getOrDefault(rs.getLong("id"), List.of()));
    }

    /** The areas of the services that are offered only in some territories, by service id, in one query. */
    private Map<Long, List<EligibilityRules.Area>> areasOf(List<Long> serviceIds) {
        Map<Long, List<EligibilityRules.Area>> m = new HashMap<>();
        if (!serviceIds.isEmpty()) {
            jdbc.sql("""
                    select st.service_id, st.territory_path, t.name from offer_service_territory st
                    join territory t on t.id = st.territory_id where st.service_id in (:ids) order by t.name""")
                    .param("ids", serviceIds).query(rs -> {
                        m.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new EligibilityRules.Area(rs.getString(2), rs.getString(3)));
                    });
        }
        return m;
    }

    /** Bit i for the i-th SISBEN IV group in the order of {@link SisbenGroups#all()}; 0 for none. */
    static long sisbenMask(List<String> groups) {
        List<String> all = SisbenGroups.all();
        long mask = 0;
        for (String g : groups) {
            mask |= 1L << all.indexOf(g);
        }
        return mask;
    }

    /** "/1/5/23/" gives ["/1/", "/1/5/", "/1/5/23/"]: the paths of a territory and of its ancestors. */
    static String[] ancestors(String path) {
        if (path == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            out.add(path.substring(0, i + 1));
        }
        return out.toArray(String[]::new);
    }

    @Override
    public List<ServiceCard> activeServices(long jurisdictionId) {
        return OfferReadModel.named(actors, jdbc
                .sql(OfferReadModel.CARD + "where s.jurisdiction_id = :j and s.status = 'ACTIVE' order by s.name, s.id")
                .param("j", jurisdictionId).query((rs, n) -> CardRow.of(rs)).list());
    }

    @Override
    public Optional<ServiceCard> activeService(long jurisdictionId, long serviceId) {
        return OfferReadModel.named(actors, jdbc
                .sql(OfferReadModel.CARD + "where s.jurisdiction_id = :j and s.status = 'ACTIVE' and s.id = :id")
                .param("j", jurisdictionId).param("id", serviceId).query((rs, n) -> CardRow.of(rs)).list())
                .stream().findFirst();
    }

    @Override
    public LinkedHashMap<Long, String> names(Collection<Long> ids) {
        return KeyedQueries.byKeys(jdbc, "select id, name from offer_service where id in (:keys) order by name, id",
                ids, Long.class, String.class);
    }

    @Override
    public Set<Long> existing(long jurisdictionId, Collection<Long> ids) {
        Set<Long> found = new HashSet<>();
        if (!ids.isEmpty()) {
            found.addAll(jdbc.sql("select id from offer_service where jurisdiction_id = :j and id in (:ids)")
                    .param("j", jurisdictionId).param("ids", ids).query(Long.class).list());
        }
        return found;
    }

    @Override
    public Optional<String> ineligibility(long jurisdictionId, PersonProfile profile, long serviceId) {
        Optional<EligibilityRules> rules = jdbc
                .sql(OfferReadModel.CARD + "where s.jurisdiction_id = :j and s.status = 'ACTIVE' and s.id = :id")
                .param("j", jurisdictionId).param("id", serviceId).query((rs, n) -> rules(rs, Map.of()))
                .optional();
        if (rules.isEmpty()) {
            return Optional.of("el servicio no está activo");
        }
        EligibilityRules r = rules.get();
        List<EligibilityRules.Area> areas = r.offeredEverywhere() ? List.of()
                : areasOf(List.of(serviceId)).getOrDefault(serviceId, List.of());
        return new EligibilityRules(r.minAge(), r.maxAge(), r.sex(), r.populationGroups(), r.sisbenGroups(),
                r.offeredEverywhere(), areas).firstReason(profile);
    }
}
