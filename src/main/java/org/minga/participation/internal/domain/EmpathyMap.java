package org.minga.participation.internal.domain;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/**
 * An empathy map (mapa de empatía) of a participant group in a space: what they think and feel, see, hear, say and do,
 * their pains and their gains. A map names its group and fills at least one quadrant; blank quadrants are null.
 */
public record EmpathyMap(String groupName, String thinksFeels, String sees, String hears, String saysDoes,
        String pains, String gains) {

    public EmpathyMap {
        List<FieldError> errors = new ArrayList<>();
        if (groupName == null || groupName.isBlank() || groupName.length() > 160) {
            errors.add(new FieldError("groupName",
                    "Indique el grupo de participantes del mapa (hasta 160 caracteres)."));
        }
        String[][] quadrants = {{"thinksFeels", thinksFeels}, {"sees", sees}, {"hears", hears},
                {"saysDoes", saysDoes}, {"pains", pains}, {"gains", gains}};
        if (!Texts.fit(quadrants, 2000, "Cada cuadrante admite 2.000 caracteres.", errors)) {
            errors.add(new FieldError("thinksFeels", "Llene al menos un cuadrante del mapa de empatía."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        groupName = groupName.strip();
        thinksFeels = Texts.blankToNull(thinksFeels);
        sees = Texts.blankToNull(sees);
        hears = Texts.blankToNull(hears);
        saysDoes = Texts.blankToNull(saysDoes);
        pains = Texts.blankToNull(pains);
        gains = Texts.blankToNull(gains);
    }
}
