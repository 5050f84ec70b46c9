package org.minga.virtual.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of a virtual territory and of a campaign (issue 21): reach (the latest count), online sessions (and
 * those of public-health education), attendance, contributions and referrals brought from them; for a campaign also
 * the invitations sent and the opens of its links. Counts only, never a person.
 */
@Component
record VirtualFiguresReadModel(JdbcClient jdbc) {

    /** What a virtual territory or a campaign gave. */
    record Figures(long members, long followers, long sessions, long healthEducationSessions, long attendance,
            long contributions, long referralsStarted, long invitationsSent, long linkOpens) {
    }

    private static final String LATEST = """
            (select coalesce(sum(r.members), 0) as members, coalesce(sum(r.followers), 0) as followers
               from %s v
               join lateral (select members, followers from virtual_territory_reach x
                     where x.virtual_territory_id = v.id order by x.measured_on desc limit 1) r on true
              where %s)""";

    private static final String SESSIONS = """
            (select count(*) as sessions, count(*) filter (where s.health_topic is not null) as health,
                    coalesce(sum((select count(*) from online_session_attendance a
                                   where a.online_session_id = s.id)), 0) as attendance
               from online_session s where %s)""";

    private static final String INTAKE = """
            (select count(*) filter (where i.kind = 'CONTRIBUTION') as contributions,
                    count(*) filter (where i.kind = 'REFERRAL') as referrals
               from virtual_intake i where %s)""";

    Figures ofVirtualTerritory(long id) {
        return jdbc.sql("select r.members, r.followers, s.sessions, s.health, s.attendance, i.contributions,"
                + " i.referrals, 0, 0 from " + LATEST.formatted("virtual_territory", "v.id = :id") + " r, "
                + SESSIONS.formatted("s.virtual_territory_id = :id") + " s, "
                + INTAKE.formatted("i.virtual_territory_id = :id") + " i").param("id", id)
                .query(VirtualFiguresReadModel::row).single();
    }

    /** A campaign's figures: the reach of the virtual territories it goes through, what answered it. */
    Figures ofCampaign(long id) {
        return jdbc.sql("select r.members, r.followers, s.sessions, s.health, s.attendance, i.contributions,"
                + " i.referrals, (select count(*) from campaign_invitation ci where ci.campaign_id = :id),"
                + " (select coalesce(sum(k.clicks), 0) from campaign_link_click k join campaign_piece p"
                + " on p.id = k.piece_id where p.campaign_id = :id) from "
                + LATEST.formatted("virtual_territory",
                        "v.id in (select virtual_territory_id from campaign_channel where campaign_id = :id)")
                + " r, " + SESSIONS.formatted("s.campaign_id = :id") + " s, "
                + INTAKE.formatted("i.campaign_id = :id") + " i").param("id", id)
                .query(VirtualFiguresReadModel::row).single();
    }

    private static Figures row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7), rs.getLong(8), rs.getLong(9));
    }
}
