package org.minga.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minga.actor.Actors;
import org.minga.governance.internal.Gov.ManagementLevel;
import org.minga.governance.internal.Gov.MemberRole;
import org.minga.governance.internal.Gov.SessionPeriodicity;
import org.minga.platform.Named;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.platform.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bodies and their members as people read them (with territory and parent names); hand-written SQL, the members'
 * actors and usernames from actor's and platform's APIs.
 */
@Component
record BodyReadModel(JdbcClient jdbc, Actors actors, UserAccounts users) {

    /**
     * A body as read: {@code type} is the code of its type in the jurisdiction's catalogue, {@code typeName} its
     * name; {@code tierOfId} the main body of a two-tier body it is a tier of; {@code term} a temporary unit's.
     */
    public record BodyView(long id, long jurisdictionId, String code, String name, String type, String typeName,
            ManagementLevel level, long territoryId, String territoryCode, String territoryName, String territoryPath,
            Long parentId, String parentCode, String parentName, SessionPeriodicity periodicity, int quorumPercent,
            String description, boolean active, int version, Long tierOfId, String tierOfName, Term term)
            implements
                Access.Placed {
    }

    /** A temporary unit's term: the day it closes, the exercise or priority it serves, the day it closed. */
    public record Term(LocalDate endsOn, Long exerciseId, String exerciseCode, String exerciseName, String purpose,
            LocalDate closedOn) {
    }

    public record MemberView(long id, long bodyId, long actorId, String actorName, String personName, String position,
            String email, Long userId, String username, MemberRole role, boolean active) {
        public String personLabel() {
            return personName == null || personName.isBlank() ? "Por designar" : personName;
        }

        MemberView withActorName(String name) {
            return new MemberView(id, bodyId, actorId, name, personName, position, email, userId, username, role,
                    active);
        }

        MemberView withUsername(String name) {
            return new MemberView(id, bodyId, actorId, actorName, personName, position, email, userId, name, role,
                    active);
        }
    }

    private static final String SELECT = """
            select b.*, t.name as territory_name, t.code as territory_code, p.name as parent_name, p.code as parent_code,
                   coalesce(bt.name, b.body_type) as type_name, tier.name as tier_of_name, x.code as exercise_code, x.name as exercise_name
            from gov_body b join territory t on t.id = b.territory_id left join gov_body p on p.id = b.parent_id
            left join gov_body_type bt on bt.jurisdiction_id = b.jurisdiction_id and bt.code = b.body_type
            left join gov_body tier on tier.id = b.tier_of_id left join gov_exercise x on x.id = b.exercise_id
            """;

    static BodyView map(ResultSet rs, int n) throws SQLException {
        return new BodyView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("body_type"), rs.getString("type_name"), ManagementLevel.valueOf(rs.getString("level")),
                rs.getLong("territory_id"), rs.getString("territory_code"), rs.getString("territory_name"),
                rs.getString("territory_path"), rs.getObject("parent_id", Long.class), rs.getString("parent_code"),
                rs.getString("parent_name"), SessionPeriodicity.valueOf(rs.getString("periodicity")),
                rs.getInt("quorum_percent"), rs.getString("description"), rs.getBoolean("active"),
                rs.getInt("version"), rs.getObject("tier_of_id", Long.class), rs.getString("tier_of_name"),
                term(rs));
    }

    private static Term term(ResultSet rs) throws SQLException {
        LocalDate ends = rs.getObject("ends_on", LocalDate.class);
        return ends == null ? null
                : new Term(ends, rs.getObject("exercise_id", Long.class), rs.getString("exercise_code"),
                        rs.getString("exercise_name"),
                        rs.getString("purpose"), rs.getObject("closed_on", LocalDate.class));
    }

    Optional<BodyView> byId(long id) {
        return jdbc.sql(SELECT + "where b.id = :id").param("id", id).query(BodyReadModel::map).optional();
    }

    Optional<BodyView> byCode(long jurisdictionId, String code) {
        return jdbc.sql(SELECT + "where b.jurisdiction_id = :j and lower(b.code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code == null ? "" : code.strip()).query(BodyReadModel::map)
                .optional();
    }

    /**
     * The body a form field names: by code, else by name (accents and case aside), or, when no body bears it, those
     * whose words start as typed. Bodies are few per jurisdiction (hundreds): the names are compared here, as the
     * picker does ({@link BodyChoiceQueries}).
     */
    Named<BodyView> named(long jurisdictionId, String typed) {
        Optional<BodyView> byCode = byCode(jurisdictionId, typed);
        if (byCode.isPresent() || typed == null || typed.isBlank()) {
            return new Named<>(typed, byCode.stream().toList(), List.of(), BodyReadModel::describe);
        }
        List<BodyView> all = jdbc.sql(SELECT + "where b.jurisdiction_id = :j order by b.active desc, b.name, b.id")
                .param("j", jurisdictionId).query(BodyReadModel::map).list();
        String key = TextKeys.key(typed);
        List<BodyView> exact = all.stream().filter(b -> key.equals(TextKeys.key(b.name()))).toList();
        List<String> words = List.of(key.split("[^a-z0-9]+"));
        List<BodyView> similar = exact.isEmpty()
                ? all.stream().filter(b -> BodyChoiceQueries.matches(words, b.name())).limit(50).toList()
                : List.of();
        return new Named<>(typed, exact, similar, BodyReadModel::describe);
    }

    static String describe(BodyView b) {
        return b.name() + " (" + b.code() + ")";
    }

    /** Bodies under the scope {@code prefix}, macro first, then by territory and name. */
    PageResult<BodyView> list(long jurisdictionId, String prefix, ManagementLevel level, String q, PageRequest page) {
        String where = " where " + Access.visibleSql("b")
                + """
                         and (cast(:level as varchar) is null or b.level = :level)
                         and (cast(:q as varchar) is null or lower(b.name) like '%' || :q || '%' or lower(b.code) like '%' || :q || '%')
                        """;
        String qq = q == null || q.isBlank() ? null : q.strip().toLowerCase();
        String lv = level == null ? null : level.name();
        long total = jdbc.sql("select count(*) from gov_body b" + where).param("j", jurisdictionId)
                .param("prefix", prefix).param("level", lv).param("q", qq).query(Long.class).single();
        List<BodyView> items = jdbc.sql(SELECT + where + """
                order by case b.level when 'MACRO' then 0 when 'MESO' then 1 else 2 end, b.territory_path, b.name
                limit :l offset :o""")
                .param("j", jurisdictionId).param("prefix", prefix).param("level", lv).param("q", qq)
                .param("l", page.size()).param("o", page.offset()).query(BodyReadModel::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The bodies that escalate to this one (its tiers aside). */
    List<BodyView> children(long bodyId) {
        return jdbc.sql(SELECT + "where b.parent_id = :id and b.tier_of_id is null order by b.territory_path, b.name "
                + "limit 200").param("id", bodyId).query(BodyReadModel::map).list();
    }

    /** The tiers of a two-tier body (its mesa gerencia and mesa técnica), by name. */
    List<BodyView> tiers(long bodyId) {
        return jdbc.sql(SELECT + "where b.tier_of_id = :id order by b.name").param("id", bodyId)
                .query(BodyReadModel::map).list();
    }

    /** The active temporary units of a jurisdiction whose end date is {@code today} or before. */
    List<Long> endedUnits(long jurisdictionId, LocalDate today) {
        return jdbc.sql("select id from gov_body where jurisdiction_id = :j and active and ends_on <= :d order by id")
                .param("j", jurisdictionId).param("d", today).query(Long.class).list();
    }

    /** The active members, leads first; the actors' names and the usernames from actor's and platform's APIs. */
    List<MemberView> members(long bodyId) {
        List<MemberView> rows = jdbc
                .sql("""
                        select m.* from gov_member m where m.body_id = :b and m.active
                        order by case m.role when 'LEADS' then 0 when 'TECHNICAL_SECRETARIAT' then 1 when 'MEMBER' then 2 else 3 end, m.id""")
                .param("b", bodyId)
                .query((rs, n) -> new MemberView(rs.getLong("id"), rs.getLong("body_id"), rs.getLong("actor_id"),
                        null, rs.getString("person_name"), rs.getString("position"), rs.getString("email"),
                        rs.getObject("user_id", Long.class), null, MemberRole.valueOf(rs.getString("role")),
                        rs.getBoolean("active")))
                .list();
        return OwnerNames.filled(OwnerNames.filled(rows, MemberView::actorId, actors::names,
                MemberView::withActorName), MemberView::userId, users::usernames, MemberView::withUsername);
    }

    /** The body and those above it, nearest first (at most 20 levels). */
    List<Long> ancestorIds(long id) {
        List<Long> out = new ArrayList<>();
        Long cur = id;
        while (cur != null && out.size() < 20) {
            out.add(cur);
            cur = jdbc.sql("select parent_id from gov_body where id = :id").param("id", cur).query(Long.class)
                    .optional().orElse(null);
        }
        return out;
    }
}
