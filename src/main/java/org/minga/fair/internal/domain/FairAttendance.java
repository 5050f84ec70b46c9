package org.minga.fair.internal.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/**
 * One person attended at an entity's stand of a fair (registro de población atendida): the services received, each
 * one given at that stand, and an optional satisfaction answer from 1 to 5. Built by {@link ServiceFair#attend},
 * which refuses a cancelled fair; the person is resolved (and registered when new) after these rules hold.
 */
public record FairAttendance(long actorId, List<Stand> received, Integer satisfaction) {

    public FairAttendance {
        received = List.copyOf(received);
    }

    /** The services received at the entity's stand among those the fair offers, or every problem with its field. */
    static FairAttendance of(long actorId, List<Long> serviceIds, Integer satisfaction, List<Stand> offered) {
        List<FieldError> errors = new ArrayList<>();
        List<Stand> received = new ArrayList<>();
        if (serviceIds == null || serviceIds.isEmpty()) {
            errors.add(new FieldError("serviceIds", "Marque al menos un servicio recibido."));
        } else {
            for (Long sid : new LinkedHashSet<>(serviceIds)) {
                Optional<Stand> s = offered.stream().filter(x -> sid != null && x.serviceId() == sid).findFirst();
                if (s.isEmpty()) {
                    errors.add(new FieldError("serviceIds", "El servicio " + sid + " no se presta en esta jornada."));
                } else if (s.get().actorId() != actorId) {
                    errors.add(new FieldError("serviceIds",
                            "El servicio " + s.get().serviceName() + " lo presta otra entidad de la jornada."));
                } else {
                    received.add(s.get());
                }
            }
        }
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            errors.add(
                    new FieldError("satisfaction", "La satisfacción va de 1 (nada satisfecho) a 5 (muy satisfecho)."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new FairAttendance(actorId, received, satisfaction);
    }

    /** The names of the services received, in the order of the fair's list (by name). */
    public List<String> serviceNames(List<Stand> offered) {
        return offered.stream().filter(received::contains).map(Stand::serviceName).toList();
    }
}
