package org.minga.privacy;

import java.time.LocalDate;

/** A data-subject request received by an official: kind CONSULTA, CORRECCION or SUPRESION. */
public record DataRequestCommand(Long personId, String kind, LocalDate receivedOn, String requestedBy,
        String details) {
}
