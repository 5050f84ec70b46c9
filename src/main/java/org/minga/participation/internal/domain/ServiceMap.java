package org.minga.participation.internal.domain;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/**
 * A service map (mapa de servicio) of a service point, drawn in a space: for each {@link ServiceStage} of the
 * service cycle, its touchpoints, what works, pain points, suggestions and satisfaction from 1 to 5. A stage is
 * recorded (or replaced) one at a time.
 */
public final class ServiceMap {

    private ServiceMap() {
    }

    /** One stage of a service point's map; blank texts are null. */
    public record Stage(String servicePoint, ServiceStage stage, String touchpoints, String worksWell,
            String painPoints, String suggestions, Integer satisfaction) {

        public Stage {
            List<FieldError> errors = new ArrayList<>();
            if (servicePoint == null || servicePoint.isBlank() || servicePoint.length() > 160) {
                errors.add(new FieldError("servicePoint", "Indique el punto de atención del mapa de servicio."));
            }
            if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
                errors.add(new FieldError("satisfaction", "La satisfacción va de 1 (muy baja) a 5 (muy alta)."));
            }
            Texts.fit(new String[][]{{"touchpoints", touchpoints}, {"worksWell", worksWell},
                    {"painPoints", painPoints}, {"suggestions", suggestions}}, 1000,
                    "Cada campo de la etapa admite 1.000 caracteres.", errors);
            if (stage == null) {
                errors.add(new FieldError("stage",
                        "La etapa debe ser llegada, asignación de turno o cita, espera, atención o respuesta."));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            servicePoint = servicePoint.strip();
            touchpoints = Texts.blankToNull(touchpoints);
            worksWell = Texts.blankToNull(worksWell);
            painPoints = Texts.blankToNull(painPoints);
            suggestions = Texts.blankToNull(suggestions);
        }
    }
}
