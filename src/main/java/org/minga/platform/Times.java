package org.minga.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place where instants become what a person reads. The JVM, Jackson and PostgreSQL run in UTC; people
 * live in their jurisdiction's time zone, so every instant shown on a page, a PDF, an export, an email or the
 * API is converted here. Templates reach it as {@code #times} (a Thymeleaf expression object, so PDFs rendered
 * with a plain context have it too): {@code ${#times.at(a.grantedAt)}}, {@code ${#times.legal(s.closedAt)}}.
 *
 * <p>Which zone: the jurisdiction passed in (an id, a {@link Jurisdiction}, a {@link ZoneId} or its name);
 * without one, the request's zone, resolved once per request: the record's jurisdiction when the handler
 * named it ({@link #useJurisdiction}), else the user's jurisdiction, else {@code minga.time-zone} (an
 * administrator of all jurisdictions on a page that is about no one jurisdiction).
 *
 * <p>Civil times ({@link LocalDateTime}, {@link LocalDate}: a session's date and start time as agreed) are
 * shown as they are, never shifted; only instants are converted.
 */
@Component("times")
public class Times {

    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** For the cells of CSV/XLSX exports: sortable and read by spreadsheets as a date. */
    public static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final ThreadLocal<RequestZone> REQUEST = new ThreadLocal<>();
    private static final Map<String, String> CITIES = Map.of(
            "America/Bogota", "Bogotá", "America/Santiago", "Santiago de Chile", "Pacific/Easter", "Isla de Pascua",
            "America/Punta_Arenas", "Punta Arenas", "UTC", "UTC", "Etc/UTC", "UTC");

    private final Jurisdictions jurisdictions;
    private final ZoneId defaultZone;
    private final Map<Long, ZoneId> zones = new ConcurrentHashMap<>();

    /**
     * The instances of the running applications, newest first: the static helpers use the newest, and when an
     * application closes (a second Minga started inside the same JVM, as a test does) the one before it serves again.
     */
    private static final java.util.Deque<Times> SHARED = new java.util.concurrent.ConcurrentLinkedDeque<>();

    public Times(@org.springframework.context.annotation.Lazy Jurisdictions jurisdictions,
            @Value("${minga.time-zone:America/Bogota}") String defaultZone) {
        this.jurisdictions = jurisdictions;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    /** The application's instance serves the static helpers (an instance made by hand, in a unit test, does not). */
    @jakarta.annotation.PostConstruct
    void register() {
        SHARED.push(this);
    }

    @jakarta.annotation.PreDestroy
    void unregister() {
        SHARED.remove(this);
    }

    /**
     * Today in a jurisdiction, for static row mappers that decide "vencida" or an age from a row's
     * jurisdiction (the bean's cache of zones, without passing the bean around).
     */
    public static LocalDate todayIn(long jurisdictionId) {
        return started().today(jurisdictionId);
    }

    /** Today for a user: in their jurisdiction, or in the request's zone for an administrator of all. */
    public static LocalDate todayFor(CurrentUser user) {
        return user.jurisdictionId() == null ? todayHere() : todayIn(user.jurisdictionId());
    }

    /** Today in the request's zone (see {@link #zone()}), for code that has no jurisdiction at hand. */
    public static LocalDate todayHere() {
        return started().today();
    }

    private static Times started() {
        Times t = SHARED.peek();
        if (t == null) {
            throw new IllegalStateException("Times is not started yet");
        }
        return t;
    }

    // ---- which zone

    /** The zone of this request (see the class comment); outside a request, the user's or {@code minga.time-zone}. */
    public ZoneId zone() {
        RequestZone request = REQUEST.get();
        if (request != null && request.jurisdictionId != null) {
            return zoneOf(request.jurisdictionId);
        }
        if (request != null && request.zone != null) {
            return request.zone;
        }
        ZoneId z = CurrentUsers.current().map(CurrentUser::jurisdictionId).map(this::zoneOf).orElse(defaultZone);
        if (request != null) {
            request.zone = z;
        }
        return z;
    }

    /** The time zone of a jurisdiction (cached: a jurisdiction's zone never changes). */
    public ZoneId zoneOf(Long jurisdictionId) {
        if (jurisdictionId == null) {
            return zone();
        }
        return zones.computeIfAbsent(jurisdictionId, id -> jurisdictions.byId(id).map(Jurisdiction::zoneId)
                .orElseThrow(() -> new NotFoundException("No existe la jurisdicción " + id + ".")));
    }

    /**
     * The page, document or answer is about a record of this jurisdiction: its instants are shown in that
     * jurisdiction's zone for the rest of the request. Static, so a handler says it in one line; it only changes
     * anything for an administrator of all jurisdictions, since everyone else reaches only records of their own.
     */
    public static void useJurisdiction(long jurisdictionId) {
        RequestZone request = REQUEST.get();
        if (request != null) {
            request.jurisdictionId = jurisdictionId;
        }
    }

    /** Opens the request's zone (the platform's request filter does, around every request). */
    public static void beginRequest() {
        REQUEST.set(new RequestZone());
    }

    /** Closes it: a pooled thread never carries one request's zone into the next. */
    public static void endRequest() {
        REQUEST.remove();
    }

    private static final class RequestZone {
        private Long jurisdictionId;
        private ZoneId zone;
    }

    /** Today in the request's zone: the day a person means by "hoy". */
    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /** Today in a jurisdiction: due dates, "vence hoy" and business-day counts use this day, not UTC's. */
    public LocalDate today(long jurisdictionId) {
        return LocalDate.now(zoneOf(jurisdictionId));
    }

    // ---- formatting: every method takes null and answers ""

    /** "21/03/2026 21:30" in the request's zone. */
    public String at(Object value) {
        return at(value, null);
    }

    /** "21/03/2026 21:30" in the zone of {@code where} (jurisdiction id, Jurisdiction, ZoneId or zone name). */
    public String at(Object value, Object where) {
        return format(value, where, DATE_TIME);
    }

    /** "21/03/2026": the day of an instant in the request's zone (a civil date as it is). */
    public String date(Object value) {
        return date(value, null);
    }

    public String date(Object value, Object where) {
        return format(value, where, DATE);
    }

    /** "21:30" in the request's zone. */
    public String time(Object value) {
        return time(value, null);
    }

    public String time(Object value, Object where) {
        return format(value, where, TIME);
    }

    /** "2026-03-21 21:30:00" in the zone: the cell of a CSV/XLSX export (its header names the zone). */
    public String cell(Object value, Object where) {
        return format(value, where, SORTABLE);
    }

    /** The date and time with the zone named, as legal documents need: "21/03/2026 21:30 (hora de Bogotá, UTC-05:00)". */
    public String legal(Object value) {
        return legal(value, null);
    }

    public String legal(Object value, Object where) {
        ZonedDateTime z = zoned(value, where);
        return z == null ? "" : DATE_TIME.format(z) + " (" + zoneName(z) + ")";
    }

    /** The day with the zone named: "21/03/2026 (hora de Bogotá, UTC-05:00)". */
    public String legalDate(Object value, Object where) {
        ZonedDateTime z = zoned(value, where);
        return z == null ? "" : DATE.format(z) + " (" + zoneName(z) + ")";
    }

    /** "hora de Bogotá, UTC-05:00" for the zone now (the offset of Santiago changes with daylight saving). */
    public String zoneLabel(Object where) {
        return zoneName(ZonedDateTime.now(resolve(where)));
    }

    /** The instant with the offset of the zone, e.g. 2026-03-21T21:30-05:00 (the API and {@code <time datetime>}). */
    public OffsetDateTime offset(Object value, Object where) {
        ZonedDateTime z = zoned(value, where);
        return z == null ? null : z.toOffsetDateTime();
    }

    /** ISO-8601 with offset, for {@code <time datetime="...">}. */
    public String iso(Object value, Object where) {
        OffsetDateTime o = offset(value, where);
        return o == null ? "" : o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The civil time of an instant in a zone, for code that lays instants out on a calendar (the agenda). */
    public LocalDateTime local(Object value, Object where) {
        ZonedDateTime z = zoned(value, where);
        return z == null ? null : z.toLocalDateTime();
    }

    /** "hora de Bogotá": how a column of an export names the zone its times are in. */
    public static String zoneName(ZoneId zone) {
        String id = zone.getId();
        return "hora de " + CITIES.getOrDefault(id, id.substring(id.lastIndexOf('/') + 1).replace('_', ' '));
    }

    static String zoneName(ZonedDateTime z) {
        ZoneOffset o = z.getOffset();
        return zoneName(z.getZone()) + ", UTC" + (o.getTotalSeconds() == 0 ? "" : o.getId());
    }

    private String format(Object value, Object where, DateTimeFormatter f) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return f == DATE ? DATE.format(d) : f == SORTABLE ? d.toString() : DATE.format(d);
        }
        if (value instanceof LocalTime t) {
            return TIME.format(t);
        }
        return f.format(zoned(value, where));
    }

    private ZonedDateTime zoned(Object value, Object where) {
        if (value == null) {
            return null;
        }
        ZoneId zone = resolve(where);
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (value instanceof Instant i) {
            return i.atZone(zone);
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(zone);
        }
        if (value instanceof LocalDateTime l) {
            // a civil time (a session's date and start time) is what people agreed on: never shifted
            return l.atZone(zone);
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(zone);
        }
        if (value instanceof TemporalAccessor t) {
            return Instant.from(t).atZone(zone);
        }
        throw new IllegalArgumentException("No es una fecha: " + value.getClass().getName());
    }

    private ZoneId resolve(Object where) {
        if (where == null) {
            return zone();
        }
        if (where instanceof ZoneId z) {
            return z;
        }
        if (where instanceof Jurisdiction j) {
            return j.zoneId();
        }
        if (where instanceof Number n) {
            return zoneOf(n.longValue());
        }
        if (where instanceof String s && !s.isBlank()) {
            return ZoneId.of(s);
        }
        return zone();
    }
}
