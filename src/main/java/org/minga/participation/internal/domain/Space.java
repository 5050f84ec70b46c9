package org.minga.participation.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participation space (espacio de participación): a citizen dialogue or a territorial or thematic workshop, held
 * on a date in a territory, with its devolución once published. Its invitations, maps and contributions are their own
 * rows that name the space. Mapped by Spring Data JDBC to {@code participation_space}.
 */
@Table("participation_space")
public class Space extends Aggregate<Space> {

    /** What a space is, every part already checked (territory, organiser, shape of the fields). */
    public record Details(SpaceFormat format, String title, String process, int round, long territoryId,
            String territoryPath, LocalDate heldOn, LocalTime startTime, int durationMinutes,
            ParticipationLevel level, Long organiserActorId, String organiserName, String methodology,
            Integer countedAttendance) {
    }

    private long jurisdictionId;
    private String code;
    private SpaceKind kind;
    private String title;
    private String process;
    private int round;
    private String theme;
    private long territoryId;
    private String territoryPath;
    private String servicePoint;
    private LocalDate heldOn;
    private LocalTime startTime;
    private int durationMinutes;
    private ParticipationLevel participationLevel;
    private Long organiserActorId;
    private String organiserName;
    private String methodology;
    private int countedAttendance;
    private String devolutionText;
    private String devolutionToken;
    private Instant devolutionPublishedAt;
    private String createdBy;

    private Space() {
    }

    /** A new space of a jurisdiction, under a code unique there. */
    public static Space plan(long jurisdictionId, String code, Details d, String createdBy) {
        Space s = new Space();
        s.jurisdictionId = jurisdictionId;
        s.code = code;
        s.createdBy = createdBy;
        s.apply(d, 0);
        return s;
    }

    /** Changes what the space is, refused when someone else changed it since {@code readVersion}. */
    public void revise(Details d, int readVersion) {
        if (id() == null || version() != readVersion) {
            throw new ConflictException("El espacio cambió mientras lo editaba (versión " + readVersion
                    + "): recargue y vuelva a aplicar sus cambios.");
        }
        apply(d, countedAttendance);
    }

    private void apply(Details d, int keptAttendance) {
        kind = d.format().kind();
        title = d.title();
        process = d.process();
        round = d.round();
        theme = d.format().theme();
        territoryId = d.territoryId();
        territoryPath = d.territoryPath();
        servicePoint = d.format().servicePoint();
        heldOn = d.heldOn();
        startTime = d.startTime();
        durationMinutes = d.durationMinutes();
        participationLevel = d.level();
        organiserActorId = d.organiserActorId();
        organiserName = d.organiserName();
        methodology = d.methodology();
        countedAttendance = d.countedAttendance() == null ? keptAttendance : d.countedAttendance();
    }

    /**
     * Publishes (or publishes again) the devolución with its message; the public link keeps the token it got the first
     * time.
     */
    public void publishDevolution(String text, String newToken, Instant now) {
        devolutionText = text;
        if (devolutionToken == null) {
            devolutionToken = newToken;
        }
        devolutionPublishedAt = now;
    }

    public String devolutionToken() {
        return devolutionToken;
    }
}
