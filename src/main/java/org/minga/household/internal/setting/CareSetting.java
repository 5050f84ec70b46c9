package org.minga.household.internal.setting;

import java.time.Instant;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A care setting (entorno cuidador, seed 004) besides the home: a school, a workplace, a community space or an
 * institution, named and placed in a territory, optionally tied to an actor. It is not a person: its care plan is
 * followed as a family's, and the persons its actions name follow the rules of personal data.
 */
@Table("care_setting")
public class CareSetting extends CatalogueEntry<CareSetting> {

    /** Where the setting is: a territory of the jurisdiction, and an address people find it by. */
    public record Place(long jurisdictionId, long territoryId, String territoryPath, String address) {
        public Place {
            if (territoryPath == null) {
                throw new ValidationException("territoryCode", "Indique el territorio del entorno.");
            }
            address = address == null || address.isBlank() ? null : address.strip();
            if (address != null && address.length() > 300) {
                throw new ValidationException("address", "La dirección admite hasta 300 caracteres.");
            }
        }
    }

    private SettingType type;
    private long territoryId;
    private String territoryPath;
    private String address;
    private Long actorId;
    private String createdBy;
    private Instant createdAt;

    private CareSetting() {
    }

    /** A setting registered with its code, name and type, in its place; the actor (if any) already resolved. */
    public static CareSetting register(String code, String name, SettingType type, Place place, Long actorId,
            String by, Instant now) {
        if (code == null || code.isBlank() || code.strip().length() > 40) {
            throw new ValidationException("code", "Indique el código del entorno (hasta 40 caracteres).");
        }
        if (name == null || name.isBlank() || name.strip().length() > 300) {
            throw new ValidationException("name", "Indique el nombre del entorno (hasta 300 caracteres).");
        }
        if (type == null) {
            throw new ValidationException("type",
                    "Indique el tipo de entorno: educativo, laboral, comunitario o institucional.");
        }
        CareSetting s = new CareSetting();
        s.type = type;
        s.territoryId = place.territoryId();
        s.territoryPath = place.territoryPath();
        s.address = place.address();
        s.catalogue(place.jurisdictionId(), code, name);
        s.actorId = actorId;
        s.createdBy = by;
        s.createdAt = now;
        return s;
    }

    public SettingType type() {
        return type;
    }
}
