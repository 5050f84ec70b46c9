package org.minga.actor.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minga.actor.internal.AllianceService.AllianceView;
import org.minga.actor.internal.AllianceService.MemberView;
import org.minga.actor.internal.domain.AllianceScope;
import org.minga.actor.internal.domain.AllianceStatus;
import org.minga.platform.AccessScope;
import org.minga.platform.Labels;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hand-written SQL that shows alliances: one with its members, the list of a scope. */
@Component
record AllianceReadModel(JdbcClient jdbc, Labels labels) {

    Optional<AllianceView> byId(long id) {
        List<MemberView> members = members(id);
        return jdbc.sql("""
                select a.*, t.name as territory_name from alliance a left join territory t on t.id = a.territory_id
                where a.id = :id""").param("id", id)
                .query((rs, n) -> {
                    AllianceScope scope = AllianceScope.valueOf(rs.getString("scope"));
                    return new AllianceView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                            rs.getString("name"), rs.getString("purpose"), scope, labels.of(scope),
                            (Long) rs.getObject("territory_id"), rs.getString("territory_name"),
                            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                            AllianceStatus.valueOf(rs.getString("status")), members, rs.getInt("version"));
                })
                .optional();
    }

    List<MemberView> members(long allianceId) {
        return jdbc
                .sql("""
                        select m.actor_id, a.code, a.name, m.contribution from alliance_member m join actor a on a.id = m.actor_id
                        where m.alliance_id = :id order by a.name""")
                .param("id", allianceId)
                .query((rs, n) -> new MemberView(rs.getLong("actor_id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("contribution")))
                .list();
    }

    Optional<Long> idOf(long jurisdictionId, String code) {
        return jdbc.sql("select id from alliance where jurisdiction_id = :j and lower(code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code.strip()).query(Long.class).optional();
    }

    /** Alliances of the scope's subtree, of the territories above it and of the whole jurisdiction. */
    PageResult<AllianceView> list(long jurisdictionId, String query, AccessScope scope, PageRequest page) {
        if (!scope.includesJurisdiction(jurisdictionId)) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        String key = ActorService.blankToNull(TextKeys.key(query));
        String where = """
                from alliance a where a.jurisdiction_id = :j
                  and (a.territory_path is null or cast(:prefix as varchar) is null
                       or a.territory_path like :prefix || '%' or :prefix like a.territory_path || '%')
                  and (cast(:q as varchar) is null or lower(a.name) like '%' || :q || '%' or lower(a.code) like '%' || :q || '%')""";
        String prefix = scope.prefixOrNull();
        long total = jdbc.sql("select count(*) " + where).param("j", jurisdictionId).param("q", key)
                .param("prefix", prefix).query(Long.class).single();
        List<Long> ids = jdbc.sql("select a.id " + where + " order by a.start_date desc, a.name limit :l offset :o")
                .param("j", jurisdictionId).param("q", key).param("prefix", prefix).param("l", page.size())
                .param("o", page.offset()).query(Long.class).list();
        return new PageResult<>(ids.stream().map(id -> byId(id).orElseThrow()).toList(), page.page(), page.size(),
                total);
    }
}
