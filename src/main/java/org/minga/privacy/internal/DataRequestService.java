package org.minga.privacy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.BusinessDays;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.privacy.DataRequestCommand;
import org.minga.privacy.DataRequestExport;
import org.minga.privacy.DataRequestView;
import org.minga.privacy.DataRequests;
import org.minga.privacy.PersonalDataAccess;
import org.minga.privacy.PersonalDataHolder;
import org.minga.privacy.internal.domain.DataRequest;
import org.minga.privacy.internal.domain.DataRequestKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data-subject requests: registers a {@link DataRequest} with its legal deadline, answers it (a SUPRESION answered
 * with the deletion erases the person in every module, through {@link PersonalDataOwners}), exports what Minga
 * keeps about the person.
 */
@Service
@RequiredArgsConstructor
class DataRequestService implements DataRequests {

    private final DataRequestRepository requests;
    private final DataRequestReadModel read;
    private final DataSubjects subjects;
    private final PersonalDataOwners owners;
    private final PersonalDataAccess accessLog;
    private final AccessPolicy policy;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Validator validator;

    @Override
    @Transactional
    public DataRequestView create(DataRequestCommand c, CurrentUser user) {
        policy.require(user, Capability.REGISTER_DATA_REQUESTS);
        List<FieldError> errors = Violations.of(validator, c);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        DataRequestKind kind = DataRequestKind.parse(c.kind()).orElseThrow();
        PersonalDataHolder.DataSubject subject = subjects.subjectFor(c.personId(), user,
                Capability.REGISTER_DATA_REQUESTS);
        Jurisdiction j = jurisdictions.byId(subject.jurisdictionId()).orElseThrow();
        DataRequest r = DataRequest.receive(new DataRequest.Receipt(j.id(), c.personId(), kind, c.receivedOn(),
                c.requestedBy(), c.details(), user.username()), LocalDate.now(j.zoneId()),
                BusinessDays.forCountry(j.country()));
        long id = requests.save(r).id().value();
        DataRequestView v = load(id);
        audit.record("CREATE", "DataRequest", id, j.id(), "Solicitud " + kind + " del titular " + c.personId()
                + ", vence el " + r.dueOn(), null, v);
        return v;
    }

    @Override
    public DataRequestView get(long id, CurrentUser user) {
        return processable(id, user);
    }

    @Override
    public PageResult<DataRequestView> list(Long jurisdictionId, boolean openOnly, CurrentUser user, PageRequest page) {
        // the privacy officer sees every request of the jurisdiction; whoever registers requests, only their own
        boolean processes = policy.allows(user, Capability.PROCESS_DATA_REQUESTS);
        if (!processes) {
            policy.require(user, Capability.REGISTER_DATA_REQUESTS);
        }
        Long j = user.jurisdictionId() != null ? user.jurisdictionId() : jurisdictionId;
        return read.page(j, processes ? null : user.username(), openOnly, page);
    }

    @Override
    @Transactional
    public DataRequestExport export(long id, CurrentUser user) {
        DataRequestView r = get(id, user);
        DataRequestExport out = new DataRequestExport(r, "Todo lo que Minga guarda sobre usted",
                owners.export(r.personId(), r.jurisdictionId()));
        accessLog.logView(PersonalDataAccess.PERSON, r.personId(), r.jurisdictionId(), "EXPORT");
        audit.record("EXPORT", "DataRequest", id, r.jurisdictionId(), "Exportación de los datos del titular "
                + r.personId(), null, null);
        return out;
    }

    @Override
    public Map<String, Map<String, Long>> held(long id, CurrentUser user) {
        DataRequestView r = get(id, user);
        return owners.held(r.personId(), r.jurisdictionId());
    }

    /**
     * What a deletion will erase, module by module (what each module's {@link org.minga.platform.PersonalDataOwner}
     * keeps, with the number of records): shown to the privacy officer before the deletion is executed.
     */
    Map<String, Map<String, Long>> erasurePreview(long id, CurrentUser user) {
        DataRequestView r = processable(id, user);
        return owners.held(r.personId(), r.jurisdictionId());
    }

    @Override
    @Transactional
    public DataRequestView answer(long id, String response, boolean applyDeletion, int version, CurrentUser user) {
        DataRequestView before = processable(id, user);
        DataRequest r = requests.findById(id).orElseThrow();
        Jurisdiction j = jurisdictions.byId(r.jurisdictionId()).orElseThrow();
        r.answer(response, applyDeletion, LocalDate.now(j.zoneId()));
        if (r.version() != version) {
            throw stale();
        }
        try {
            requests.save(r);
        } catch (OptimisticLockingFailureException e) {
            throw stale();
        }
        audit.record("ANSWER", "DataRequest", id, before.jurisdictionId(), "Respuesta a la solicitud " + before.kind()
                + (applyDeletion ? " con supresión (anonimización)" : ""), before, load(id));
        if (applyDeletion) {
            // after the answer's audit row, so that the audit log's owner scrubs it with the rest: the one path of
            // a deletion, in this transaction
            owners.erase(before.personId(), before.jurisdictionId());
        }
        return load(id);
    }

    private DataRequestView load(long id) {
        return read.byId(id).orElseThrow(() -> new NotFoundException("La solicitud " + id + " no existe."));
    }

    /** A data-subject request, if the user processes the requests of its jurisdiction. */
    private DataRequestView processable(long id, CurrentUser user) {
        policy.require(user, Capability.PROCESS_DATA_REQUESTS);
        DataRequestView v = load(id);
        if (!policy.scope(user, Capability.PROCESS_DATA_REQUESTS).includesJurisdiction(v.jurisdictionId())) {
            throw new NotFoundException("La solicitud " + id + " no existe.");
        }
        return v;
    }

    private static ConflictException stale() {
        return new ConflictException("Otra persona modificó esta solicitud; recargue la página.");
    }
}
