package org.minga.virtual.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A communication campaign (campaña): an objective, its audiences, a calendar, the physical territories it
 * addresses and the {@link VirtualTerritory virtual territories} it goes through; its {@link CampaignPiece pieces}
 * are aggregates of their own. It is planned, run ({@link #launch} asks for an approved piece) and closed; any other
 * move is refused with {@link IllegalCampaignTransition}.
 */
@Table("campaign")
public class Campaign extends CatalogueEntry<Campaign> {

    /** What a new campaign says, as the form or the API gave it; checked by {@link #plan}. */
    public record Plan(String code, String name, String objective, String audiences, LocalDate startsOn,
            LocalDate endsOn, Set<Long> territoryIds, Set<Long> virtualTerritoryIds) {
    }

    private long territoryId;
    private String territoryPath;
    private String objective;
    private String audiences;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private CampaignStatus status;
    private String createdBy;
    @MappedCollection(idColumn = "campaign_id")
    private Set<CampaignTerritory> territories = new LinkedHashSet<>();
    @MappedCollection(idColumn = "campaign_id")
    private Set<CampaignChannel> channels = new LinkedHashSet<>();

    private Campaign() {
    }

    /** A new planned campaign of the territory {@code place}; refuses missing words or a calendar ending first. */
    public static Campaign plan(VirtualTerritory.Place place, Plan p, String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        if (p.code() == null || p.code().isBlank() || p.code().strip().length() > 40) {
            errors.add(new FieldError("code", "Indique el código de la campaña (hasta 40 caracteres)."));
        }
        if (p.name() == null || p.name().isBlank() || p.name().strip().length() > 200) {
            errors.add(new FieldError("name", "Indique el nombre de la campaña (hasta 200 caracteres)."));
        }
        if (p.objective() == null || p.objective().isBlank() || p.objective().strip().length() > 4000) {
            errors.add(new FieldError("objective", "Indique el objetivo de la campaña (hasta 4000 caracteres)."));
        }
        if (p.audiences() != null && p.audiences().strip().length() > 1000) {
            errors.add(new FieldError("audiences", "Las audiencias admiten 1000 caracteres."));
        }
        if (p.startsOn() == null || p.endsOn() == null || p.endsOn().isBefore(p.startsOn())) {
            errors.add(new FieldError("endsOn", "Indique el calendario: la fecha de fin no va antes del inicio."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Campaign c = new Campaign();
        c.catalogue(place.jurisdictionId(), p.code(), p.name());
        c.territoryId = place.territoryId();
        c.territoryPath = place.territoryPath();
        c.objective = p.objective().strip();
        c.audiences = blank(p.audiences());
        c.startsOn = p.startsOn();
        c.endsOn = p.endsOn();
        c.status = CampaignStatus.PLANNED;
        c.createdBy = createdBy;
        c.territories.add(new CampaignTerritory(place.territoryId()));
        (p.territoryIds() == null ? Set.<Long>of() : p.territoryIds())
                .forEach(t -> c.territories.add(new CampaignTerritory(t)));
        (p.virtualTerritoryIds() == null ? Set.<Long>of() : p.virtualTerritoryIds())
                .forEach(v -> c.channels.add(new CampaignChannel(v)));
        return c;
    }

    /** Starts a planned campaign; refuses one not planned, or one without an approved piece. */
    public void launch(boolean hasApprovedPiece) {
        if (status != CampaignStatus.PLANNED) {
            throw new IllegalCampaignTransition("La campaña " + code() + " ya no está planeada: no se puede iniciar.");
        }
        if (!hasApprovedPiece) {
            throw new IllegalCampaignTransition(
                    "La campaña " + code() + " no tiene ninguna pieza aprobada: apruebe una antes de iniciarla.");
        }
        status = CampaignStatus.RUNNING;
    }

    /** Refuses to invite for a campaign that is not running. */
    public void requireRunning() {
        if (status != CampaignStatus.RUNNING) {
            throw new IllegalCampaignTransition(
                    "La campaña " + code() + " no está en curso: no se envían invitaciones.");
        }
    }

    public String objective() {
        return objective;
    }

    /** Closes a running campaign; refuses any other. */
    public void close() {
        if (status != CampaignStatus.RUNNING) {
            throw new IllegalCampaignTransition("Solo se cierra una campaña en curso; la campaña " + code()
                    + " no lo está.");
        }
        status = CampaignStatus.CLOSED;
    }

    public String territoryPath() {
        return territoryPath;
    }

    public CampaignStatus status() {
        return status;
    }
}
