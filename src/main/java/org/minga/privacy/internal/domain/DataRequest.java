package org.minga.privacy.internal.domain;

import java.time.LocalDate;

import org.minga.platform.Aggregate;
import org.minga.platform.BusinessDays;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A data-subject request (solicitud del titular): received on a day, due a number of business days later by its
 * {@link DataRequestKind}, answered once. {@link #answer} refuses a second answer, an empty one and a deletion asked
 * of a request that is not a SUPRESION.
 *
 * <p>Mapped by Spring Data JDBC to {@code data_request}.
 */
@Table("data_request")
public class DataRequest extends Aggregate<DataRequest> {

    private long jurisdictionId;
    private long personId;
    private DataRequestKind kind;
    private DataRequestStatus status;
    private LocalDate receivedOn;
    private LocalDate dueOn;
    private String requestedBy;
    private String details;
    private String response;
    private LocalDate answeredOn;
    private String createdBy;

    private DataRequest() {
    }

    /** What a new request needs, its shape already checked. */
    public record Receipt(long jurisdictionId, long personId, DataRequestKind kind, LocalDate receivedOn,
            String requestedBy, String details, String createdBy) {
    }

    /**
     * A request received on {@code r.receivedOn()} (today when not given), due {@code kind.legalDays()} business
     * days later on the jurisdiction's calendar; a receipt date after {@code today} is refused.
     */
    public static DataRequest receive(Receipt r, LocalDate today, BusinessDays calendar) {
        LocalDate received = r.receivedOn() == null ? today : r.receivedOn();
        if (received.isAfter(today)) {
            throw new ValidationException("receivedOn", "La fecha de recibo no puede ser futura.");
        }
        DataRequest d = new DataRequest();
        d.jurisdictionId = r.jurisdictionId();
        d.personId = r.personId();
        d.kind = r.kind();
        d.status = DataRequestStatus.RADICADA;
        d.receivedOn = received;
        d.dueOn = calendar.add(received, r.kind().legalDays());
        d.requestedBy = r.requestedBy().strip();
        d.details = r.details().strip();
        d.createdBy = r.createdBy();
        return d;
    }

    /** Answers the request on {@code today}; {@code applyDeletion} only for a SUPRESION. */
    public void answer(String text, boolean applyDeletion, LocalDate today) {
        if (status != DataRequestStatus.RADICADA) {
            throw new ConflictException("La solicitud ya fue respondida el " + answeredOn + ".");
        }
        if (text == null || text.isBlank()) {
            throw new ValidationException("response", "Escriba la respuesta al titular.");
        }
        if (applyDeletion && kind != DataRequestKind.SUPRESION) {
            throw new ValidationException("applyDeletion", "Solo una solicitud de supresión anonimiza a la persona.");
        }
        status = DataRequestStatus.RESPONDIDA;
        response = text.strip();
        answeredOn = today;
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public long personId() {
        return personId;
    }

    public DataRequestKind kind() {
        return kind;
    }

    public LocalDate dueOn() {
        return dueOn;
    }
}
