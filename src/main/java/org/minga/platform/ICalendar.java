package org.minga.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * iCalendar (RFC 5545) feeds: CRLF lines folded at 75 octets, escaped text, UID, DTSTAMP, local times with their TZID
 * and, for every TZID used, a VTIMEZONE that spells out the zone's offsets and changes over the years of the events
 * (America/Bogota: one fixed offset; America/Santiago: each change of its summer time), so a calendar client lays a
 * 09:00 session in Bogotá at 09:00 Bogotá whatever zone database it has.
 */
public final class ICalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /**
     * One event on the clock of {@code zone}: {@code uid} unique and stable (an update replaces the event in the
     * client), {@code status} TENTATIVE, CONFIRMED or CANCELLED; optional texts may be null.
     */
    public record Event(String uid, ZoneId zone, LocalDateTime start, LocalDateTime end, String summary,
            String location, String description, String url, String status, int sequence, String category) {
    }

    private ICalendar() {
    }

    /** A VCALENDAR named {@code name} with the events, and a VTIMEZONE for each zone they use. */
    public static String calendar(String name, ZoneId defaultZone, List<Event> events, Instant now) {
        return calendar("PUBLISH", name, defaultZone, events, List.of(), now);
    }

    /**
     * An invitation (METHOD:REQUEST) to one event, sent by e-mail: the event with its VTIMEZONE, the organizer and
     * the attendee it is addressed to (when its address is known), so the calendar client offers to accept it.
     */
    public static String invitation(String name, Event event, String organizerEmail, String attendeeName,
            String attendeeEmail, Instant now) {
        List<String> people = new java.util.ArrayList<>();
        if (organizerEmail != null && !organizerEmail.isBlank()) {
            people.add("ORGANIZER;CN=" + param(name) + ":mailto:" + organizerEmail.strip());
        }
        if (attendeeEmail != null && !attendeeEmail.isBlank()) {
            people.add("ATTENDEE;CN=" + param(attendeeName) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
                    + ":mailto:" + attendeeEmail.strip());
        }
        return calendar("REQUEST", name, event.zone(), List.of(event), people, now);
    }

    private static String param(String s) {
        return "\"" + (s == null ? "" : s.replace("\"", "'")) + "\"";
    }

    private static String calendar(String method, String name, ZoneId defaultZone, List<Event> events,
            List<String> people, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Minga//Gestion social integral//ES");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + defaultZone.getId());
        TreeMap<String, int[]> zones = new TreeMap<>();
        zones.put(defaultZone.getId(), new int[]{now.atZone(defaultZone).getYear(), now.atZone(defaultZone).getYear()});
        for (Event e : events) {
            int[] years = zones.computeIfAbsent(e.zone().getId(), z -> new int[]{e.start().getYear(),
                    e.start().getYear()});
            years[0] = Math.min(years[0], e.start().getYear());
            years[1] = Math.max(years[1], e.end().getYear());
        }
        zones.forEach((zone, years) -> timezone(out, ZoneId.of(zone), years[0] - 1, years[1] + 1));
        String stamp = UTC.format(now.atOffset(ZoneOffset.UTC));
        events.stream().sorted(Comparator.comparing(Event::start).thenComparing(Event::uid))
                .forEach(e -> event(out, e, stamp, people));
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, Event e, String stamp, List<String> people) {
        String tz = e.zone().getId();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + e.uid());
        line(out, "DTSTAMP:" + stamp);
        line(out, "DTSTART;TZID=" + tz + ":" + LOCAL.format(e.start()));
        line(out, "DTEND;TZID=" + tz + ":" + LOCAL.format(e.end().isAfter(e.start()) ? e.end()
                : e.start().plusHours(1)));
        line(out, "SUMMARY:" + text(e.summary()));
        if (e.location() != null && !e.location().isBlank()) {
            line(out, "LOCATION:" + text(e.location()));
        }
        if (e.description() != null && !e.description().isBlank()) {
            line(out, "DESCRIPTION:" + text(e.description()));
        }
        if (e.url() != null && e.url().matches("https?://\\S+")) {
            line(out, "URL:" + e.url());
        }
        if (e.category() != null) {
            line(out, "CATEGORIES:" + text(e.category()));
        }
        if (e.status() != null) {
            line(out, "STATUS:" + e.status());
        }
        line(out, "SEQUENCE:" + e.sequence());
        people.forEach(p -> line(out, p));
        line(out, "END:VEVENT");
    }

    /**
     * The VTIMEZONE of {@code zone} from January of {@code fromYear} to the end of {@code toYear}: the observance in
     * force at the start, one observance per change of offset the zone database lists explicitly, and for the
     * changes its yearly rules make (America/Santiago since 2022) one observance per rule with its RRULE, the form
     * calendar clients know best.
     */
    static void timezone(StringBuilder out, ZoneId zone, int fromYear, int toYear) {
        ZoneRules rules = zone.getRules();
        Instant from = LocalDateTime.of(fromYear, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        Instant to = LocalDateTime.of(toYear + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        List<ZoneOffsetTransition> listed = rules.getTransitions();
        Instant lastListed = listed.isEmpty() ? Instant.MIN : listed.get(listed.size() - 1).getInstant();
        List<String> recurrences = recurrences(rules);
        Instant explicitUntil = recurrences == null ? to : lastListed;
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        ZoneOffset first = rules.getOffset(from);
        observance(out, rules.isDaylightSavings(from), LocalDateTime.ofInstant(from, first), first, first, null);
        ZoneOffsetTransition t = rules.nextTransition(from);
        while (t != null && t.getInstant().isBefore(to) && !t.getInstant().isAfter(explicitUntil)) {
            observance(out, rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(),
                    t.getOffsetAfter(), null);
            t = rules.nextTransition(t.getInstant());
        }
        if (recurrences != null && to.isAfter(lastListed)) {
            Instant after = from.isAfter(lastListed) ? from : lastListed;
            List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
            for (int i = 0; i < yearly.size(); i++) {
                ZoneOffsetTransitionRule r = yearly.get(i);
                int year = Math.max(fromYear, LocalDateTime.ofInstant(after, ZoneOffset.UTC).getYear());
                ZoneOffsetTransition onset = r.createTransition(year);
                while (!onset.getInstant().isAfter(after)) {
                    onset = r.createTransition(++year);
                }
                observance(out, !r.getOffsetAfter().equals(r.getStandardOffset()), onset.getDateTimeBefore(),
                        r.getOffsetBefore(), r.getOffsetAfter(), recurrences.get(i));
            }
        }
        line(out, "END:VTIMEZONE");
    }

    /**
     * The zone's yearly rules as RRULEs on the local clock before each change ("the Sunday on or after 2 April"
     * is BYMONTH=4;BYMONTHDAY=2,...,8;BYDAY=SU); null when the zone has none or one is not expressible so.
     */
    private static List<String> recurrences(ZoneRules rules) {
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>();
        for (ZoneOffsetTransitionRule r : yearly) {
            int d = r.getDayOfMonthIndicator();
            if (d < 1 || d > 22) {
                return null;
            }
            // the rule's date may be a day off the local date when it is defined in UTC or standard time
            ZoneOffsetTransition t = r.createTransition(2030);
            java.time.LocalDate ruleDate = java.time.LocalDate.of(2030, r.getMonth(), d);
            if (r.getDayOfWeek() != null) {
                ruleDate = ruleDate.with(java.time.temporal.TemporalAdjusters.nextOrSame(r.getDayOfWeek()));
            }
            if (r.isMidnightEndOfDay()) {
                ruleDate = ruleDate.plusDays(1);
            }
            long shift = java.time.temporal.ChronoUnit.DAYS.between(ruleDate, t.getDateTimeBefore().toLocalDate());
            if (Math.abs(shift) > 1 || d + shift < 1) {
                return null;
            }
            StringBuilder rule = new StringBuilder("FREQ=YEARLY;BYMONTH=" + r.getMonth().getValue());
            if (r.getDayOfWeek() == null) {
                rule.append(";BYMONTHDAY=").append(d + shift);
            } else {
                rule.append(";BYMONTHDAY=");
                for (long day = d + shift; day < d + shift + 7; day++) {
                    rule.append(day == d + shift ? "" : ",").append(day);
                }
                rule.append(";BYDAY=").append(r.getDayOfWeek().plus(shift).name().substring(0, 2));
            }
            out.add(rule.toString());
        }
        return out;
    }

    private static void observance(StringBuilder out, boolean daylight, LocalDateTime onset, ZoneOffset before,
            ZoneOffset after, String recurrence) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        line(out, "BEGIN:" + kind);
        line(out, "DTSTART:" + LOCAL.format(onset));
        if (recurrence != null) {
            line(out, "RRULE:" + recurrence);
        }
        line(out, "TZOFFSETFROM:" + offset(before));
        line(out, "TZOFFSETTO:" + offset(after));
        line(out, "TZNAME:" + offset(after).substring(0, 3));
        line(out, "END:" + kind);
    }

    /** An RFC 5545 UTC-OFFSET: -0500, -0300. */
    private static String offset(ZoneOffset o) {
        int seconds = o.getTotalSeconds();
        int abs = Math.abs(seconds);
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", abs / 3600, abs / 60 % 60);
    }

    /** TEXT escaping of RFC 5545 3.3.11. */
    public static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds a content line at 75 octets (3.1) without splitting a UTF-8 character, and ends it with CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
