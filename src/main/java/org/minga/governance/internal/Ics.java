package org.minga.governance.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.SessionReadModel.SessionView;

/** iCalendar (RFC 5545) of a body's sessions: CRLF lines folded at 75 octets, escaped text, UID, DTSTAMP, TZID. */
final class Ics {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private Ics() {
    }

    static String calendar(BodyView body, String timeZone, List<SessionView> sessions, String host, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Minga//Gobernanza//ES");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(body.name()));
        line(out, "X-WR-TIMEZONE:" + timeZone);
        String stamp = UTC.format(now.atOffset(ZoneOffset.UTC));
        for (SessionView s : sessions) {
            if (s.status() == Gov.SessionStatus.CANCELLED) {
                continue;
            }
            ZonedDateTime start = s.startsAt();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:gov-session-" + s.id() + "@" + host);
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;TZID=" + timeZone + ":" + LOCAL.format(start));
            line(out, "DTEND;TZID=" + timeZone + ":" + LOCAL.format(start.plusMinutes(s.durationMin())));
            line(out, "SUMMARY:" + text(body.name() + " · sesión " + s.number()));
            if (s.place() != null || s.link() != null) {
                line(out, "LOCATION:" + text(s.place() != null ? s.place() : s.link()));
            }
            if (s.agenda() != null) {
                line(out, "DESCRIPTION:"
                        + text("Orden del día:\n" + s.agenda() + (s.link() != null ? "\nEnlace: " + s.link() : "")));
            }
            if (s.link() != null) {
                line(out, "URL:" + s.link());
            }
            line(out, "STATUS:" + (s.status() == Gov.SessionStatus.SCHEDULED ? "TENTATIVE" : "CONFIRMED"));
            line(out, "SEQUENCE:" + s.version());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT escaping of RFC 5545 3.3.11. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Folds a content line at 75 octets (3.1) without splitting a UTF-8 character, and ends it with CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
