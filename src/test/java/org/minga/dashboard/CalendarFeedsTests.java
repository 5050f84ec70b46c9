package org.minga.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.ICalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every calendar Minga publishes, read back by a real iCalendar library (ical4j): it parses, every TZID has its
 * VTIMEZONE, and the VTIMEZONE puts each event at the instant the jurisdiction's clock means (a 09:00 session in
 * Bogotá is 14:00 UTC, not 09:00 UTC). Feeds per body, per territory and a personal one at a revocable secret URL.
 */
@MingaTest
class CalendarFeedsTests {

    static final String PW = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    /** A participatory space of the jurisdiction's root territory, {@code days} from today at 18:00. */
    long space(String jurisdiction, String kind, int days) {
        return jdbc
                .sql("""
                        insert into participation_space (jurisdiction_id, code, kind, title, process, territory_id, territory_path,
                          held_on, start_time, duration_minutes, participation_level, organiser_name)
                        select t.jurisdiction_id, 'ICS-' || :kind || '-' || :j, :kind, 'Espacio ' || :kind, 'Calendario', t.id,
                          t.path, current_date + :days, time '18:00', 90, 'CONSULTIVO', 'Secretaría'
                        from territory t join jurisdiction j on j.id = t.jurisdiction_id
                        where j.code = :j and t.parent_id is null order by t.id limit 1
                        returning id""")
                .param("kind", kind).param("j", jurisdiction).param("days", days)
                .query(Long.class).single();
    }

    void removeSpaces(List<Long> ids) {
        jdbc.sql("delete from participation_space where id in (:ids)").param("ids", ids).update();
    }

    String ics(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Parses the feed and checks each event against its VTIMEZONE and the zone's real rules; answers the UIDs. */
    static Set<String> parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        Set<String> tzids = new HashSet<>();
        zones.forEach(z -> tzids.add(z.getTimeZoneId().getValue()));
        Set<String> uids = new HashSet<>();
        for (VEvent e : calendar.<VEvent>getComponents(Component.VEVENT)) {
            uids.add(e.<Property>getProperty(Property.UID).orElseThrow().getValue());
            for (String name : List.of(Property.DTSTART, Property.DTEND)) {
                Property p = e.<Property>getProperty(name).orElseThrow();
                String tzid = p.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue();
                assertThat(tzids).as("a VTIMEZONE for " + tzid).contains(tzid);
                VTimeZone zone = zones.stream().filter(z -> z.getTimeZoneId().getValue().equals(tzid)).findFirst()
                        .orElseThrow();
                LocalDateTime local = LocalDateTime.parse(p.getValue(),
                        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
                ZoneOffset real = ZoneId.of(tzid).getRules().getOffset(local);
                // the instant ical4j reads, and the offset the feed's own VTIMEZONE gives at that instant
                java.time.Instant read = java.time.Instant
                        .from(((net.fortuna.ical4j.model.property.DateProperty<?>) p).getDate());
                assertThat(read).as(name + " " + p.getValue() + " in " + tzid).isEqualTo(local.toInstant(real));
                ZoneOffset said = zone.getApplicableObservance(read.atOffset(ZoneOffset.UTC))
                        .getTimeZoneOffsetTo().getOffset();
                assertThat(said).as("VTIMEZONE of " + tzid + " at " + p.getValue()).isEqualTo(real);
            }
        }
        return uids;
    }

    @Test
    void aBogotaSessionAtNineIsAtNineInBogotaForACalendarClient() throws Exception {
        ZoneId bogota = ZoneId.of("America/Bogota");
        String text = ICalendar.calendar("Mesa", bogota, List.of(new ICalendar.Event("s-1@minga", bogota,
                LocalDateTime.of(2026, 3, 5, 9, 0), LocalDateTime.of(2026, 3, 5, 11, 0), "Sesión", null, null, null,
                "CONFIRMED", 0, "Sesión")), java.time.Instant.parse("2026-01-01T12:00:00Z"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        VEvent session = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        DtStart<?> start = session.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
        assertThat(java.time.Instant.from(start.getDate())).isEqualTo(java.time.Instant.parse("2026-03-05T14:00:00Z"));
        assertThat(parse(text)).containsExactly("s-1@minga");
    }

    @Test
    void santiagoChangesItsClockAndTheVtimezoneSaysWhen() throws Exception {
        ZoneId santiago = ZoneId.of("America/Santiago");
        // a winter and a summer event: -04:00 in July, -03:00 in January
        String text = ICalendar.calendar("Cabildo", santiago, List.of(
                new ICalendar.Event("w@minga", santiago, LocalDateTime.of(2026, 7, 10, 18, 0),
                        LocalDateTime.of(2026, 7, 10, 20, 0), "Invierno", null, null, null, "CONFIRMED", 0, null),
                new ICalendar.Event("s@minga", santiago, LocalDateTime.of(2027, 1, 15, 18, 0),
                        LocalDateTime.of(2027, 1, 15, 20, 0), "Verano", null, null, null, "CONFIRMED", 0, null)),
                java.time.Instant.parse("2026-01-01T12:00:00Z"));
        assertThat(text).contains("BEGIN:DAYLIGHT\r\n").contains("BEGIN:STANDARD\r\n").contains("TZOFFSETTO:-0300")
                .contains("TZOFFSETTO:-0400").contains("RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=SU");
        assertThat(parse(text)).containsExactlyInAnyOrder("w@minga", "s@minga");
    }

    @Test
    void aBodysCalendarCarriesTheVtimezoneOfItsJurisdiction() throws Exception {
        long body = jdbc
                .sql("""
                        select b.id from gov_body b join gov_session s on s.body_id = b.id join jurisdiction j on j.id = b.jurisdiction_id
                        where j.code = '11001' group by b.id order by count(*) desc limit 1""")
                .query(Long.class).single();
        String text = ics(get("/governance/bodies/" + body + "/calendar.ics").with(httpBasic("admin", PW)));
        assertThat(text).contains("BEGIN:VTIMEZONE\r\nTZID:America/Bogota\r\n");
        assertThat(parse(text)).isNotEmpty();
    }

    @Test
    void aTerritorysFeedHoldsItsSessionsFairsDialoguesAndWorkshops() throws Exception {
        List<Long> spaces = List.of(space("11001", "DIALOGUE", 10), space("11001", "THEMATIC_WORKSHOP", 12),
                space("05601", "TERRITORIAL_WORKSHOP", 20));
        try {
            territoryFeeds();
        } finally {
            removeSpaces(spaces);
        }
    }

    void territoryFeeds() throws Exception {
        Set<String> uids = new HashSet<>();
        Set<String> expected = new HashSet<>();
        for (String code : List.of("11001", "54001", "05601")) {
            long root = jdbc.sql("""
                    select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id
                    where j.code = :c and t.parent_id is null order by t.id limit 1""").param("c", code)
                    .query(Long.class).single();
            String text = ics(get("/calendar/territories/" + root + ".ics").with(httpBasic("admin", PW)));
            uids.addAll(parse(text));
            String window = " between current_date - 90 and current_date + 365";
            jdbc.sql("select 'gov-session-' || s.id || '@minga' from gov_session s join jurisdiction j on j.id = "
                    + "s.jurisdiction_id where j.code = :c and s.status = 'SCHEDULED' and s.starts_at::date" + window)
                    .param("c", code).query(String.class).list().forEach(expected::add);
            jdbc.sql("select 'fair-' || f.id || '@minga' from fair f join jurisdiction j on j.id = f.jurisdiction_id "
                    + "where j.code = :c and f.status in ('PLANEADA', 'CONFIRMADA') and f.fair_date" + window)
                    .param("c", code).query(String.class).list().forEach(expected::add);
            jdbc.sql("select 'participation-space-' || s.id || '@minga' from participation_space s join jurisdiction j "
                    + "on j.id = s.jurisdiction_id where j.code = :c and s.held_on" + window).param("c", code)
                    .query(String.class).list().forEach(expected::add);
        }
        assertThat(expected).as("the demo has events of each kind").anyMatch(u -> u.startsWith("gov-session-"))
                .anyMatch(u -> u.startsWith("fair-")).anyMatch(u -> u.startsWith("participation-space-"));
        assertThat(uids).containsAll(expected);
        // without credentials a territory's feed is not served
        mvc.perform(get("/calendar/territories/1.ics")).andExpect(
                r -> assertThat(r.getResponse().getStatus()).isIn(302, 401));
    }

    @Test
    void aPersonalFeedAtASecretAddressWorksWithoutLoginUntilRevoked() throws Exception {
        List<Long> spaces = List.of(space("11001", "DIALOGUE", 10), space("05601", "TERRITORIAL_WORKSHOP", 20));
        try {
            personalFeed();
        } finally {
            removeSpaces(spaces);
        }
    }

    void personalFeed() throws Exception {
        var admin = users.loadUserByUsername("admin");
        String page = mvc.perform(post("/calendar/personal").with(user(admin)).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("/calendar/feeds/([A-Za-z0-9_-]{43})\\.ics").matcher(page);
        assertThat(m.find()).as("the address is shown once").isTrue();
        String secret = m.group(1);
        // stored as a hash, never as the secret
        assertThat(jdbc.sql("select count(*) from calendar_feed_key where encode(key_hash, 'escape') like :s")
                .param("s", "%" + secret + "%").query(Long.class).single()).isZero();

        String text = ics(get("/calendar/feeds/" + secret + ".ics"));
        assertThat(parse(text)).isNotEmpty();
        // events of Bogotá and of San Antonio (Chile), each on its own clock
        assertThat(text).contains("TZID:America/Bogota").contains("TZID:America/Santiago")
                .contains("DTSTART;TZID=America/Santiago:");
        // the page no longer shows it, only that one is in force
        String again = mvc.perform(get("/calendar").with(user(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).doesNotContain(secret);

        mvc.perform(post("/calendar/personal/revoke").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/calendar/feeds/" + secret + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feeds/" + "x".repeat(43) + ".ics")).andExpect(status().isNotFound());
    }
}
