package org.minga.household.internal.characterization;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentCommand;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentView;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Characterisation instruments: versioned definitions, designed by those who configure the jurisdiction. */
@Service
@RequiredArgsConstructor
public class InstrumentService {

    private final InstrumentRepository repository;
    private final InstrumentReadModel reads;
    private final ScopeQueries access;
    private final AuditLog audit;

    /** Refuses who does not configure the jurisdiction's instruments (administrators and district users do). */
    public void requireDesigner(CurrentUser user) {
        if (!access.allows(user, Capability.CONFIGURE_JURISDICTION)) {
            throw new ForbiddenException(
                    "Solo los administradores y usuarios distritales definen instrumentos de caracterización.");
        }
    }

    @Transactional
    public InstrumentView create(InstrumentCommand c, CurrentUser user) {
        requireDesigner(user);
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        Instrument designed = Instrument.design(j.id(), c.code(), c.name(), c.subject(), c.definition());
        if (reads.instrumentId(j.id(), designed.code()) != null) {
            throw new ValidationException("code", "Ya existe un instrumento con el código " + designed.code() + ".");
        }
        long id = repository.add(designed, user.username());
        InstrumentView v = instrument(id, null);
        audit.record("CREATE", "Instrument", id, j.id(), "Instrumento " + v.code() + " versión 1", null, v);
        return v;
    }

    /** Publishes a new version; answers given on earlier versions keep reading against theirs. */
    @Transactional
    public InstrumentView publish(long id, InstrumentDefinition definition, int version, CurrentUser user) {
        requireDesigner(user);
        InstrumentView before = instrument(id, null);
        if (!AccessPolicy.reachesJurisdiction(user, Capability.CONFIGURE_JURISDICTION, before.jurisdictionId())) {
            throw new ForbiddenException("El instrumento está fuera de su jurisdicción.");
        }
        repository.publish(id, Instrument.nextVersion(definition), version, user.username());
        InstrumentView after = instrument(id, null);
        audit.record("PUBLISH", "Instrument", id, after.jurisdictionId(), "Instrumento " + after.code() + " versión "
                + after.currentVersion(), before, after);
        return after;
    }

    public InstrumentView instrument(long id, Integer number) {
        return reads.instrument(id, number);
    }

    /** An instrument of a jurisdiction the user sees. */
    public InstrumentView visibleInstrument(long id, CurrentUser user) {
        InstrumentView v = instrument(id, null);
        if (!AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, v.jurisdictionId())) {
            throw new ForbiddenException("El instrumento está fuera de su jurisdicción.");
        }
        return v;
    }

    public List<InstrumentView> instruments(long jurisdictionId) {
        return reads.instruments(jurisdictionId);
    }

    public Long instrumentId(long jurisdictionId, String code) {
        return reads.instrumentId(jurisdictionId, code);
    }

    /** The id of the version currently published. */
    long currentVersionId(InstrumentView inst) {
        return reads.currentVersionId(inst);
    }
}
