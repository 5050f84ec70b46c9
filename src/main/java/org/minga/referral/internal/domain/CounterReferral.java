package org.minga.referral.internal.domain;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/**
 * The counter-referral: the receiving entity's answer when it has attended the person, saying what it did, with
 * what result and what comes next.
 */
public record CounterReferral(String action, String outcome, String nextSteps) {

    public CounterReferral {
        List<FieldError> errors = new ArrayList<>();
        if (action == null || action.isBlank()) {
            errors.add(new FieldError("action", "La contrarreferencia debe decir qué se hizo."));
        }
        if (outcome == null || outcome.isBlank()) {
            errors.add(new FieldError("outcome", "La contrarreferencia debe decir el resultado."));
        }
        if (action != null && action.length() > 4000 || outcome != null && outcome.length() > 2000
                || nextSteps != null && nextSteps.length() > 2000) {
            errors.add(
                    new FieldError("action", "La contrarreferencia es demasiado larga (4.000 caracteres para lo hecho, "
                            + "2.000 para resultado y siguientes pasos)."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        action = action.strip();
        outcome = outcome.strip();
        nextSteps = nextSteps == null || nextSteps.isBlank() ? null : nextSteps.strip();
    }
}
