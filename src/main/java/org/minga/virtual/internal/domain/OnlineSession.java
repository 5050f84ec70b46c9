package org.minga.virtual.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.minga.platform.FieldError;
import org.minga.platform.Identity;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An online session (sesión en línea) of a virtual territory, pedagogical or dialogic ({@link SessionModality}): its
 * link, agenda and materials, the public-health topic when it is a health-education session, and its attendance,
 * registered by the facilitator (a person) or by the attendee through the public form (an anonymous tick, open from
 * the session's day until {@value #FORM_DAYS} days after it).
 */
@Table("online_session")
public class OnlineSession extends Aggregate<OnlineSession> {

    /** Days after the session during which its public form still registers attendance. */
    public static final int FORM_DAYS = 2;

    /** Where the session is held: the virtual territory (with its scope path) and the campaign it belongs to. */
    public record Place(long jurisdictionId, Identity<VirtualTerritory> virtualTerritory, String territoryPath,
            Long campaignId) {
    }

    /** What a new session says, as the API gave it; checked by {@link #schedule}. */
    public record Plan(SessionModality modality, String title, LocalDate heldOn, String link, String agenda,
            String healthTopic, List<SessionMaterial> materials) {
    }

    private long jurisdictionId;
    private long virtualTerritoryId;
    private String territoryPath;
    private Long campaignId;
    private SessionModality modality;
    private String title;
    private LocalDate heldOn;
    private String link;
    private String agenda;
    private String healthTopic;
    private String publicToken;
    private String createdBy;
    @MappedCollection(idColumn = "online_session_id", keyColumn = "position")
    private List<SessionMaterial> materials = new ArrayList<>();
    @MappedCollection(idColumn = "online_session_id", keyColumn = "position")
    private List<SessionAttendance> attendance = new ArrayList<>();

    private OnlineSession() {
    }

    /** A new session; refuses a missing modality, title, date or link, a link that is not http(s), long text. */
    public static OnlineSession schedule(Place place, Plan p, String publicToken, String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        if (p.modality() == null) {
            errors.add(new FieldError("modality", "Indique la modalidad: pedagógica o dialógica."));
        }
        if (blank(p.title()) == null || p.title().strip().length() > 200) {
            errors.add(new FieldError("title", "Indique el título de la sesión (hasta 200 caracteres)."));
        }
        if (p.heldOn() == null) {
            errors.add(new FieldError("heldOn", "Indique la fecha de la sesión."));
        }
        if (!web(p.link())) {
            errors.add(new FieldError("link", "Indique el enlace de la sesión (http o https, hasta 500 caracteres)."));
        }
        if (p.agenda() != null && p.agenda().strip().length() > 4000) {
            errors.add(new FieldError("agenda", "La agenda admite 4000 caracteres."));
        }
        if (p.healthTopic() != null && p.healthTopic().strip().length() > 120) {
            errors.add(new FieldError("healthTopic", "El tema de salud pública admite 120 caracteres."));
        }
        List<SessionMaterial> materials = new ArrayList<>();
        for (SessionMaterial m : p.materials() == null ? List.<SessionMaterial>of() : p.materials()) {
            if (m == null || blank(m.title()) == null || m.title().strip().length() > 200 || !web(m.link())) {
                errors.add(new FieldError("materials",
                        "Cada material lleva un título (hasta 200 caracteres) y un enlace http o https."));
            } else {
                materials.add(new SessionMaterial(m.title().strip(), m.link().strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        OnlineSession s = new OnlineSession();
        s.jurisdictionId = place.jurisdictionId();
        s.virtualTerritoryId = place.virtualTerritory().value();
        s.territoryPath = place.territoryPath();
        s.campaignId = place.campaignId();
        s.modality = p.modality();
        s.title = p.title().strip();
        s.heldOn = p.heldOn();
        s.link = p.link().strip();
        s.agenda = blank(p.agenda());
        s.healthTopic = blank(p.healthTopic());
        s.publicToken = publicToken;
        s.createdBy = createdBy;
        s.materials = materials;
        return s;
    }

    /** The facilitator registers a person once, on or after the session's day. */
    public void registerPerson(long personId, LocalDate today, Instant at) {
        if (today.isBefore(heldOn)) {
            throw new ValidationException("personId", "La asistencia se registra el día de la sesión o después ("
                    + heldOn + ").");
        }
        if (attendance.stream().anyMatch(a -> a.personId() != null && a.personId() == personId)) {
            throw new ConflictException("La persona ya está registrada en la sesión «" + title + "».");
        }
        attendance.add(new SessionAttendance(personId, AttendanceChannel.FACILITATOR, at));
    }

    /** An attendee ticks the public form: only from the session's day until {@value #FORM_DAYS} days after. */
    public void registerByForm(LocalDate today, Instant at) {
        if (!formOpen(today)) {
            throw new ConflictException("El registro de asistencia de la sesión «" + title + "» está abierto del "
                    + heldOn + " al " + heldOn.plusDays(FORM_DAYS) + ".");
        }
        attendance.add(new SessionAttendance(null, AttendanceChannel.PUBLIC_FORM, at));
    }

    public boolean formOpen(LocalDate today) {
        return !today.isBefore(heldOn) && !today.isAfter(heldOn.plusDays(FORM_DAYS));
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String territoryPath() {
        return territoryPath;
    }

    public String publicToken() {
        return publicToken;
    }

    public String title() {
        return title;
    }

    public int attendance() {
        return attendance.size();
    }

    private static boolean web(String s) {
        return s != null && s.strip().length() <= 500
                && (s.strip().startsWith("https://") || s.strip().startsWith("http://"));
    }
}
