package org.minga.household.internal.household;

import java.time.Instant;
import java.time.LocalDate;

import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.minga.platform.Identity;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A household characterised in a territory (hogar / familia). It lives in one territory of its jurisdiction: moving
 * it moves its members' territory too. Its code is unique in the jurisdiction.
 */
@Table("household")
public class Household extends Aggregate<Household> {

    private long jurisdictionId;
    private String code;
    private long territoryId;
    private String territoryPath;
    private String address;
    private Double latitude;
    private Double longitude;
    private Integer estrato;
    private String sisbenGroup;
    private boolean priority;
    private Long fieldTeamId;
    private LocalDate nextVisitOn;
    private String createdBy;
    private Instant updatedAt;

    private Household() {
    }

    /** Where a household is: its territory (with the territory's path) and, when known, its point. */
    public record Place(long territoryId, String territoryPath, Double latitude, Double longitude) {
    }

    /** What a household form says of it, checked: stratum 0 to 6, a SISBEN group, an address of at most 300. */
    public record Details(String address, Integer estrato, SisbenGroup sisben, boolean priority, Long fieldTeamId) {

        public Details {
            if (estrato != null && (estrato < 0 || estrato > 6)) {
                throw new ValidationException("estrato", "El estrato debe estar entre 0 y 6.");
            }
            if (address != null && address.length() > 300) {
                throw new ValidationException("address", "La dirección admite 300 caracteres.");
            }
        }
    }

    /** A new household with a code taken before it is stored ({@code H-<id>} when the user gave none). */
    public static Household register(Identity<Household> id, long jurisdictionId, String code, Place place,
            Details details, String createdBy, Instant now) {
        if (code == null || code.isBlank() || code.length() > 40) {
            throw new ValidationException("code", "El código del hogar es obligatorio y admite 40 caracteres.");
        }
        Household h = new Household();
        h.identify(id);
        h.jurisdictionId = jurisdictionId;
        h.code = code.strip();
        h.createdBy = createdBy;
        h.moveTo(place);
        h.describe(details, now);
        return h;
    }

    /** Moves the household to another territory or point; its members follow (the service moves them). */
    public void moveTo(Place place) {
        this.territoryId = place.territoryId();
        this.territoryPath = place.territoryPath();
        this.latitude = place.latitude();
        this.longitude = place.longitude();
    }

    public void describe(Details d, Instant now) {
        this.address = d.address();
        this.estrato = d.estrato();
        this.sisbenGroup = d.sisben() == null ? null : d.sisben().code();
        this.priority = d.priority();
        this.fieldTeamId = d.fieldTeamId();
        this.updatedAt = now;
    }

    /** Refuses an edit made on a version someone else has changed since. */
    public void requireVersion(Integer seen) {
        requireVersion(seen == null ? -1 : seen, () -> new ConflictException(
                "Otra persona modificó este hogar; recargue la página (versión " + version() + ")."));
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String code() {
        return code;
    }

    public long territoryId() {
        return territoryId;
    }

    public String territoryPath() {
        return territoryPath;
    }

    public String address() {
        return address;
    }
}
