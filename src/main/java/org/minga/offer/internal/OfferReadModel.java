package org.minga.offer.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.actor.Sector;
import org.minga.offer.Channel;
import org.minga.offer.Need;
import org.minga.offer.ValueGroup;
import org.minga.offer.ServiceCard;
import org.minga.offer.Sex;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The offer as people read it: a service with its areas and locations, the directory's and the list's search,
 * and the export's rows; {@link EligibilityReadModel} answers who may receive what. Hand-written SQL over {@code offer_service} and its child tables.
 */
@Component
record OfferReadModel(JdbcClient jdbc, Actors actors) {

    /** A service's own row; {@link #withChildren} adds its provider (as the actors tell it), areas and locations. */
    static final String SELECT = """
            select s.*
            from offer_service s
            """;

    /** A service's card with its provider's id, which {@link #named} names, and its eligibility rules. */
    static final String CARD = """
            select s.id, s.uid, s.code, s.name, s.description, s.sector, s.provider_id, s.min_age, s.max_age,
                   s.sex, s.population_groups, s.sisben_groups, s.offered_everywhere
            from offer_service s
            """;

    public Optional<ServiceView> byId(long id) {
        return withChildren(jdbc.sql(SELECT + "where s.id = :id").param("id", id).query(OfferReadModel::map).list())
                .stream().findFirst();
    }

    public Optional<ServiceView> byUid(UUID uid) {
        return withChildren(jdbc.sql(SELECT + "where s.uid = :uid").param("uid", uid).query(OfferReadModel::map).list())
                .stream().findFirst();
    }

    /** The services with these ids, in the order given (missing ids are left out): three queries for any number. */
    public List<ServiceView> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ServiceView> found = new HashMap<>();
        withChildren(jdbc.sql(SELECT + "where s.id in (:ids)").param("ids", ids).query(OfferReadModel::map).list())
                .forEach(v -> found.put(v.id(), v));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    Optional<Long> idByCode(long jurisdictionId, String code) {
        return jdbc.sql("select id from offer_service where jurisdiction_id = :j and lower(code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code.strip()).query(Long.class).optional();
    }

    public ServiceView requireVisible(long id, CurrentUser user) {
        return byId(id).filter(
                s -> AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, s.jurisdictionId()))
                .orElseThrow(() -> new NotFoundException("No existe el servicio " + id + "."));
    }

    /** A filter of the directory and of the management list. */
    public record Search(String query, TerritoryView territory, Sector sector, Need need, ValueGroup group,
            Long providerId, boolean onlyActive) {
    }

    /** Services of a jurisdiction matching the search, in name order. Served by the trigram and path indexes. */
    public PageResult<ServiceCard> search(long jurisdictionId, Search search, PageRequest page) {
        StringBuilder where = new StringBuilder("where s.jurisdiction_id = :j");
        Map<String, Object> params = new HashMap<>();
        params.put("j", jurisdictionId);
        if (search.onlyActive()) {
            where.append(" and s.status = 'ACTIVE'");
        }
        matchWords(search.query(), where, params);
        if (search.sector() != null) {
            where.append(" and s.sector = :sector");
            params.put("sector", search.sector().name());
        }
        if (search.need() != null) {
            where.append(" and s.needs @> array[cast(:need as varchar)]");
            params.put("need", search.need().name());
        }
        if (search.group() != null) {
            where.append(" and s.population_groups @> array[cast(:grp as varchar)]");
            params.put("grp", search.group().name());
        }
        if (search.providerId() != null) {
            where.append(" and s.provider_id = :provider");
            params.put("provider", search.providerId());
        }
        if (search.territory() != null) {
            where.append(" ").append("""
                    and (s.offered_everywhere or s.area_paths && cast(:ancestors as varchar[])
                      or exists (select 1 from offer_service_territory st where st.service_id = s.id
                        and st.territory_path like :prefix))""");
            params.put("ancestors", EligibilityReadModel.ancestors(search.territory().path()));
            params.put("prefix", search.territory().path() + "%");
        }
        long total = jdbc.sql("select count(*) from offer_service s " + where).params(params).query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<CardRow> rows = jdbc.sql(CARD + where + " order by s.name, s.id limit :limit offset :offset")
                .params(params).query((rs, n) -> CardRow.of(rs)).list();
        return new PageResult<>(named(actors, rows), page.page(), page.size(), total);
    }

    /** Every service of a jurisdiction with its provider's code, for the export (bounded by the offer's size). */
    void exportRows(long jurisdictionId, java.util.function.BiConsumer<ServiceView, String> sink) {
        List<Long> ids = jdbc.sql("select id from offer_service where jurisdiction_id = :j order by code limit 100000")
                .param("j", jurisdictionId).query(Long.class).list();
        for (int from = 0; from < ids.size(); from += 500) {
            List<ServiceView> batch = byIds(ids.subList(from, Math.min(ids.size(), from + 500)));
            Map<Long, ActorSummary> providers = actors
                    .byIds(batch.stream().map(ServiceView::providerId).distinct().toList());
            for (ServiceView s : batch) {
                ActorSummary provider = providers.get(s.providerId());
                sink.accept(s, provider == null ? null : provider.code());
            }
        }
    }

    /** Adds to a query over services {@code s} that their search key holds each word of {@code query}. */
    static void matchWords(String query, StringBuilder where, Map<String, Object> params) {
        List<String> words = words(query);
        for (int i = 0; i < words.size(); i++) {
            where.append(" and s.search_key like :w").append(i);
            params.put("w" + i, "%" + words.get(i) + "%");
        }
    }

    static List<String> words(String query) {
        return TextKeys.words(query, 8);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** A card as its row ({@link #CARD}) reads, with its provider's id and not yet its name: see {@link #named}. */
    record CardRow(ServiceCard card, long providerId) {

        static CardRow of(ResultSet rs) throws SQLException {
            return new CardRow(new ServiceCard(rs.getLong("id"), rs.getObject("uid", UUID.class), rs.getString("code"),
                    rs.getString("name"), rs.getString("description"), Sector.valueOf(rs.getString("sector")).label(),
                    null, null), rs.getLong("provider_id"));
        }

        CardRow because(String reason) {
            ServiceCard c = card;
            return new CardRow(new ServiceCard(c.id(), c.uid(), c.code(), c.name(), c.description(), c.sector(),
                    c.providerName(), reason), providerId);
        }
    }

    /** The cards of {@code rows}, in their order, each with its provider's name, asked of the actors in one call. */
    static List<ServiceCard> named(Actors actors, List<CardRow> rows) {
        Map<Long, String> names = actors.names(rows.stream().map(CardRow::providerId).distinct().toList());
        return rows.stream().map(r -> {
            ServiceCard c = r.card();
            return new ServiceCard(c.id(), c.uid(), c.code(), c.name(), c.description(), c.sector(),
                    names.get(r.providerId()), c.reason());
        }).toList();
    }

    /**
     * Adds the providers' uid and name (one call to the actors), the areas and the locations to services read without
     * them, with one query each for all of them, after the services' own result set is closed: a query inside a row
     * mapper would hold a second pooled connection.
     */
    private List<ServiceView> withChildren(List<ServiceView> services) {
        if (services.isEmpty()) {
            return services;
        }
        List<Long> ids = services.stream().map(ServiceView::id).toList();
        Map<Long, ActorSummary> providers = actors
                .byIds(services.stream().map(ServiceView::providerId).distinct().toList());
        Map<Long, List<ServiceView.AreaView>> areas = new HashMap<>();
        jdbc.sql("""
                select st.service_id, t.id, t.code, t.name, st.territory_path from offer_service_territory st
                join territory t on t.id = st.territory_id where st.service_id in (:ids) order by t.path""")
                .param("ids", ids).query(r -> {
                    areas.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new ServiceView.AreaView(r.getLong(2),
                                    r.getString(3), r.getString(4), r.getString(5)));
                });
        Map<Long, List<ServiceView.LocationView>> locations = new HashMap<>();
        jdbc.sql("""
                select l.*, t.code as territory_code, t.name as territory_name from offer_service_location l
                left join territory t on t.id = l.territory_id where l.service_id in (:ids)
                order by l.service_id, l.position, l.id""")
                .param("ids", ids).query(r -> {
                    locations.computeIfAbsent(r.getLong("service_id"), k -> new ArrayList<>())
                            .add(new ServiceView.LocationView(
                                    r.getLong("id"), r.getObject("uid", UUID.class),
                                    r.getObject("location_uid", UUID.class), r.getString("name"),
                                    r.getString("address"),
                                    (Long) r.getObject("territory_id"), r.getString("territory_code"),
                                    r.getString("territory_name"),
                                    (Double) r.getObject("latitude"), (Double) r.getObject("longitude"),
                                    r.getString("schedule"),
                                    r.getObject("opens_at", LocalTime.class), r.getObject("closes_at", LocalTime.class),
                                    strings(r.getArray("weekdays"))));
                });
        return services.stream().map(v -> new ServiceView(v.id(), v.uid(), v.jurisdictionId(), v.code(), v.providerId(),
                provider(providers, v).map(ActorSummary::uid).orElse(null),
                provider(providers, v).map(ActorSummary::name).orElse(null), v.name(), v.description(), v.sector(),
                v.needs(), v.valueGroups(),
                v.minAge(), v.maxAge(), v.sex(), v.populationGroups(), v.sisbenGroups(), v.offeredEverywhere(),
                List.copyOf(areas.getOrDefault(v.id(), List.of())), v.eligibilityNotes(), v.requiredDocuments(),
                v.cost(),
                v.channels(), v.howToApply(), v.legalBasis(), v.url(), v.email(), v.phone(), v.status(),
                List.copyOf(locations.getOrDefault(v.id(), List.of())), v.version(), v.updatedAt())).toList();
    }

    private static Optional<ActorSummary> provider(Map<Long, ActorSummary> providers, ServiceView v) {
        return Optional.ofNullable(providers.get(v.providerId()));
    }

    /** A service's own row; {@link #withChildren} adds its provider, areas and locations. */
    private static ServiceView map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<ServiceView.AreaView> areas = List.of();
        List<ServiceView.LocationView> locations = List.of();
        Timestamp updated = rs.getTimestamp("updated_at");
        return new ServiceView(id, rs.getObject("uid", UUID.class), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getLong("provider_id"), null, null,
                rs.getString("name"), rs.getString("description"), Sector.valueOf(rs.getString("sector")),
                strings(rs.getArray("needs")).stream().map(Need::valueOf).toList(), rs.getString("value_groups"),
                rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class),
                Sex.valueOf(rs.getString("sex")),
                strings(rs.getArray("population_groups")).stream().map(ValueGroup::valueOf).toList(),
                strings(rs.getArray("sisben_groups")), rs.getBoolean("offered_everywhere"), areas,
                rs.getString("eligibility_notes"), rs.getString("required_documents"), rs.getString("cost"),
                strings(rs.getArray("channels")).stream().map(Channel::valueOf).toList(), rs.getString("how_to_apply"),
                rs.getString("legal_basis"), rs.getString("url"), rs.getString("email"), rs.getString("phone"),
                rs.getString("status"), locations, rs.getInt("version"), updated == null ? null : updated.toInstant());
    }
}
