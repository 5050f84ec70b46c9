package org.minga.actor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An actor as other modules and the public see it: no contact people. */
public record ActorSummary(long id, UUID uid, long jurisdictionId, String code, String name, String acronym,
        ActorType type, Long parentId, UUID parentUid, String parentName, List<Sector> sectors,
        String description, String website, String email, String phone, boolean active,
        int version, Instant updatedAt) {

    public ActorSummary {
        sectors = List.copyOf(sectors);
    }

    public String typeLabel() {
        return type.label();
    }

    public String displayName() {
        return acronym == null ? name : name + " (" + acronym + ")";
    }
}
