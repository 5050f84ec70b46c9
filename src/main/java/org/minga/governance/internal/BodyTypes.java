package org.minga.governance.internal;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.governance.internal.BodyTypeReadModel.BodyTypeView;
import org.minga.governance.internal.domain.BodyType;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each jurisdiction's catalogue of body types (seed 004): the standard types of its country the first time it is
 * read, then the types the jurisdiction adds (a thematic table, a temporary unit for a priority...).
 */
@Service
@RequiredArgsConstructor
public class BodyTypes {

    /** A type to add: code, name, whether its bodies are temporary units, what it is. */
    public record NewBodyType(String jurisdiction, String code, String name, Boolean temporary, String description) {
    }

    private final BodyTypeRepository repository;
    private final BodyTypeReadModel read;
    private final Access access;
    private final AuditLog audit;

    @Transactional
    public List<BodyTypeView> catalogue(Jurisdiction j) {
        repository.ensureCatalogue(j.id());
        return read.catalogue(j.id());
    }

    /** The active type a form names (code or name), in the jurisdiction's catalogue. */
    @Transactional
    public Optional<BodyTypeView> named(Jurisdiction j, String typed) {
        repository.ensureCatalogue(j.id());
        return read.named(j.id(), typed);
    }

    /** Adds a type to the catalogue; only who runs governance over the whole jurisdiction does. */
    @Transactional
    public BodyTypeView add(NewBodyType cmd, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(cmd.jurisdiction(), user);
        access.requireEditor(user, j.id(), "/", "el catálogo de tipos de instancia de " + j.name());
        repository.ensureCatalogue(j.id());
        BodyType type = BodyType.add(j.id(), cmd.code(), cmd.name(), Boolean.TRUE.equals(cmd.temporary()),
                cmd.description(), read.nextPosition(j.id()));
        if (read.catalogue(j.id()).stream().anyMatch(t -> t.code().equals(type.code()))) {
            throw new ValidationException("code", "Ya existe el tipo de instancia " + type.code() + " en " + j.name()
                    + ".");
        }
        long id = repository.save(type).id().value();
        BodyTypeView v = read.catalogue(j.id()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        audit.record("CREATE", "gov_body_type", id, j.id(), "Tipo de instancia " + v.name() + " agregado al catálogo",
                null, v);
        return v;
    }
}
