package org.minga.household.internal.person;

import org.minga.household.DocumentType;
import org.minga.platform.ValidationException;

/**
 * A person's identity document: its type and the number as stored (upper case, without dots or spaces). Only a
 * person without document (SD) has no number; any other number fits its type's format.
 */
public record IdentityDocument(DocumentType type, String number) {

    public IdentityDocument {
        if (type == null) {
            throw new ValidationException("documentType", "Indique el tipo de documento.");
        }
        if (type == DocumentType.SD && number != null && !number.isBlank()) {
            throw new ValidationException("documentNumber", "Una persona sin documento no lleva número de documento.");
        }
        number = type.normalise(number);
        if (type != DocumentType.SD && (number == null || number.isEmpty())) {
            throw new ValidationException("documentNumber",
                    "Falta el número de documento (" + type.spanishName() + ").");
        }
    }

    /** A Colombian or Chilean document checked against the person's age and the jurisdiction's country. */
    public static IdentityDocument of(DocumentType type, String rawNumber, Integer age, String country) {
        String problem = type == null ? null : type.problem(rawNumber, age, country);
        if (problem != null) {
            throw new ValidationException("documentNumber", problem);
        }
        return new IdentityDocument(type, rawNumber);
    }
}
