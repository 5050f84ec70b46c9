package org.minga.actor.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.minga.actor.ActorEmailContacts;
import org.minga.actor.ActorSummary;
import org.minga.actor.ActorType;
import org.minga.actor.Sector;
import org.minga.platform.Choices.Typed;
import org.minga.platform.KeyedQueries;
import org.minga.platform.Named;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hand-written SQL that shows actors: one actor, its lines (territories, alliances, assets), lists. */
@Component
record ActorReadModel(JdbcClient jdbc, Territories territories) {

    static final String SELECT = """
            select a.id, a.uid, a.jurisdiction_id, a.code, a.name, a.acronym, a.type, a.parent_id, p.uid as parent_uid,
                   p.name as parent_name, a.sectors, a.description, a.website, a.email, a.phone, a.status, a.version,
                   a.updated_at
            from actor a left join actor p on p.id = a.parent_id
            """;

    Optional<ActorSummary> byId(long id) {
        return jdbc.sql(SELECT + "where a.id = :id").param("id", id).query(ActorReadModel::map).optional();
    }

    Optional<ActorSummary> byUid(UUID uid) {
        return jdbc.sql(SELECT + "where a.uid = :uid").param("uid", uid).query(ActorReadModel::map).optional();
    }

    Optional<ActorSummary> byCode(long jurisdictionId, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "where a.jurisdiction_id = :j and lower(a.code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code.strip()).query(ActorReadModel::map).optional();
    }

    /** By code; else the actors whose name or acronym is what was typed, or those whose words start with it. */
    Named<ActorSummary> named(long jurisdictionId, String typed) {
        Optional<ActorSummary> byCode = byCode(jurisdictionId, typed);
        if (byCode.isPresent() || typed == null || typed.isBlank()) {
            return new Named<>(typed, byCode.stream().toList(), List.of(), ActorReadModel::describe);
        }
        Typed t = Typed.of(typed);
        List<ActorSummary> like = jdbc.sql(SELECT + """
                where a.jurisdiction_id = :j and (a.search_key like :prefix or a.search_key like :word)
                order by a.status = 'ACTIVE' desc, a.name, a.id limit 50""")
                .param("j", jurisdictionId).param("prefix", t.prefix()).param("word", t.word())
                .query(ActorReadModel::map).list();
        String key = TextKeys.key(typed);
        List<ActorSummary> exact = like.stream()
                .filter(a -> key.equals(TextKeys.key(a.name())) || key.equals(TextKeys.key(a.acronym()))).toList();
        return new Named<>(typed, exact, exact.isEmpty() ? like : List.of(), ActorReadModel::describe);
    }

    static String describe(ActorSummary a) {
        return a.name() + " (" + a.code() + ")";
    }

    Map<Long, ActorSummary> byIds(Collection<Long> ids) {
        Map<Long, ActorSummary> m = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(SELECT + "where a.id in (:ids)").param("ids", ids).query(ActorReadModel::map).list()
                    .forEach(a -> m.put(a.id(), a));
        }
        return m;
    }

    LinkedHashMap<Long, String> names(Collection<Long> ids) {
        return KeyedQueries.byKeys(jdbc, "select id, name from actor where id in (:keys) order by name, id", ids,
                Long.class, String.class);
    }

    /**
     * Actors of a jurisdiction filtered by type, sector and territory (acting in it, its subtree or an ancestor, as
     * the secretarías that act in the whole city) and a search ignoring case and accents.
     */
    PageResult<ActorSummary> find(Long jurisdictionId, ActorType type, Sector sector, TerritoryView territory,
            String query, PageRequest page) {
        String where = """
                where (cast(:j as bigint) is null or a.jurisdiction_id = :j)
                  and (cast(:type as varchar) is null or a.type = :type)
                  and (cast(:sector as varchar) is null or a.sectors @> array[cast(:sector as varchar)])
                  and (cast(:q as varchar) is null or a.search_key like '%' || :q || '%')
                  and (cast(:prefix as varchar) is null or exists (select 1 from actor_territory at
                        where at.actor_id = a.id and (at.territory_path like :prefix or :path like at.territory_path || '%')))
                """;
        Map<String, Object> params = new HashMap<>();
        params.put("j", jurisdictionId);
        params.put("type", type == null ? null : type.name());
        params.put("sector", sector == null ? null : sector.name());
        params.put("q", ActorService.blankToNull(TextKeys.key(query)));
        params.put("prefix", territory == null ? null : territory.path() + "%");
        params.put("path", territory == null ? null : territory.path());
        return page(where, params, page);
    }

    /** The actors {@code where} keeps, in name order (then id): one page of them, with their total. */
    private PageResult<ActorSummary> page(CharSequence where, Map<String, Object> params, PageRequest page) {
        long total = jdbc.sql("select count(*) from actor a " + where).params(params).query(Long.class).single();
        List<ActorSummary> items = jdbc.sql(SELECT + where + " order by a.name, a.id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ActorReadModel::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The ids of the actors that are not active, of one jurisdiction or of all. */
    List<Long> inactiveIds(Long jurisdictionId) {
        return jdbc.sql(
                "select id from actor where status <> 'ACTIVE' and (cast(:j as bigint) is null or jurisdiction_id = :j)")
                .param("j", jurisdictionId).query(Long.class).list();
    }

    /** See {@link org.minga.actor.Actors#active}: served by the search key's trigram index. */
    PageResult<ActorSummary> active(Long jurisdictionId, String query, Instant modifiedAfter, PageRequest page) {
        StringBuilder where = new StringBuilder("""
                where a.status = 'ACTIVE' and (cast(:j as bigint) is null or a.jurisdiction_id = :j)
                  and (cast(:modified as timestamptz) is null or a.updated_at >= :modified)""");
        Map<String, Object> params = new HashMap<>();
        params.put("j", jurisdictionId);
        params.put("modified", modifiedAfter == null ? null : Timestamp.from(modifiedAfter));
        List<String> words = TextKeys.words(query, 8);
        for (int i = 0; i < words.size(); i++) {
            where.append(" and a.search_key like :w").append(i);
            params.put("w" + i, "%" + words.get(i) + "%");
        }
        return page(where, params, page);
    }

    /** The territories where an actor acts, in path order, as the territory module describes them. */
    List<ActorDetail.TerritoryRef> territories(long id) {
        return jdbc.sql("select territory_id from actor_territory where actor_id = :id order by territory_path")
                .param("id", id).query(Long.class).list().stream().map(territories::byId).flatMap(Optional::stream)
                .map(t -> new ActorDetail.TerritoryRef(t.id(), t.code(), t.name(), t.levelName())).toList();
    }

    ActorDetail detail(ActorSummary a) {
        long id = a.id();
        List<ActorDetail.AllianceLine> alliances = jdbc
                .sql("""
                        select al.id, al.name, m.contribution, al.status from alliance_member m
                        join alliance al on al.id = m.alliance_id where m.actor_id = :id order by al.start_date desc, al.name""")
                .param("id", id).query((rs, n) -> new ActorDetail.AllianceLine(rs.getLong("id"), rs.getString("name"),
                        rs.getString("contribution"), rs.getString("status")))
                .list();
        List<ActorDetail.AssetLine> assets = jdbc.sql(
                "select id, name, kind from social_asset where actor_id = :id order by name limit 200")
                .param("id", id).query((rs, n) -> new ActorDetail.AssetLine(rs.getLong("id"), rs.getString("name"),
                        rs.getString("kind")))
                .list();
        List<ActorDetail.ActorLine> children = jdbc
                .sql("select id, name from actor where parent_id = :id order by name limit 200")
                .param("id", id).query((rs, n) -> new ActorDetail.ActorLine(rs.getLong("id"), rs.getString("name")))
                .list();
        return new ActorDetail(a, territories(id), alliances, assets, children);
    }

    /** Territory codes where the actor acts, for forms and exports. */
    List<String> territoryCodes(long actorId) {
        return jdbc.sql("""
                select t.code from actor_territory at join territory t on t.id = at.territory_id
                where at.actor_id = :id order by t.path""").param("id", actorId).query(String.class).list();
    }

    /** An actor and the entities above it, nearest first (at most 50 levels). */
    List<Long> chainFrom(long actorId) {
        return jdbc.sql("""
                with recursive up(id, parent_id, depth) as (
                  select id, parent_id, 1 from actor where id = :id
                  union all select a.id, a.parent_id, up.depth + 1 from actor a join up on a.id = up.parent_id
                  where up.depth < 50)
                select id from up order by depth""").param("id", actorId).query(Long.class).list();
    }

    /** Whether the actor acts somewhere outside the subtree {@code likePattern} (or nowhere). */
    boolean actsOutside(long actorId, String likePattern) {
        return jdbc
                .sql("""
                        select not exists (select 1 from actor_territory where actor_id = :id)
                            or exists (select 1 from actor_territory where actor_id = :id and territory_path not like :prefix)""")
                .param("id", actorId).param("prefix", likePattern).query(Boolean.class).single();
    }

    /** The contact people of an actor. */
    List<ContactView> contacts(long actorId) {
        return jdbc
                .sql("""
                        select id, actor_id, full_name, position, email, phone, authorized_by, authorized_at,
                          authorization_purpose, authorization_channel, email_accepted_on, email_accepted_recorded_by
                          from actor_contact where actor_id = :a order by full_name""")
                .param("a", actorId).query((rs, n) -> new ContactView(rs.getLong("id"), rs.getLong("actor_id"),
                        rs.getString("full_name"), rs.getString("position"), rs.getString("email"),
                        rs.getString("phone"), rs.getString("authorized_by"),
                        rs.getObject("authorized_at", LocalDate.class), rs.getString("authorization_purpose"),
                        rs.getString("authorization_channel"), rs.getObject("email_accepted_on", LocalDate.class),
                        rs.getString("email_accepted_recorded_by")))
                .list();
    }

    /** The contact people of these actors (of one jurisdiction) who accept invitations by e-mail. */
    List<ActorEmailContacts.EmailContact> acceptingEmail(long jurisdictionId, Collection<Long> actorIds) {
        if (actorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, actor_id, email from actor_contact
                 where jurisdiction_id = :j and actor_id in (:actors) and email is not null
                   and email_accepted_on is not null order by actor_id, id""")
                .param("j", jurisdictionId).param("actors", actorIds)
                .query((rs, n) -> new ActorEmailContacts.EmailContact(rs.getLong("id"), rs.getLong("actor_id"),
                        rs.getString("email")))
                .list();
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }

    static ActorSummary map(ResultSet rs, int n) throws SQLException {
        List<Sector> sectors = strings(rs.getArray("sectors")).stream().map(Sector::valueOf).toList();
        Timestamp updated = rs.getTimestamp("updated_at");
        return new ActorSummary(rs.getLong("id"), rs.getObject("uid", UUID.class), rs.getLong("jurisdiction_id"),
                rs.getString("code"), rs.getString("name"), rs.getString("acronym"),
                ActorType.valueOf(rs.getString("type")), (Long) rs.getObject("parent_id"),
                rs.getObject("parent_uid", UUID.class), rs.getString("parent_name"), sectors,
                rs.getString("description"), rs.getString("website"), rs.getString("email"), rs.getString("phone"),
                "ACTIVE".equals(rs.getString("status")), rs.getInt("version"),
                updated == null ? null : updated.toInstant());
    }
}
