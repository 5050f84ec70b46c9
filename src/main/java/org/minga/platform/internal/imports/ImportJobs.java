package org.minga.platform.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;

/**
 * Who may import what, where; starting a job; and reading jobs back. Only users whose role manages
 * territorial data import; a job is seen by its creator and by the users who may import for the same
 * jurisdiction and territory scope.
 */
@Service
record ImportJobs(ImportHandlers handlers, ImportJobRepository store, ImportJobRunner runner, ImportProgress progress,
        Jurisdictions jurisdictions) {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The current user, refused when their role may not import. */
    CurrentUser requireImporter() {
        CurrentUser user = CurrentUsers.require();
        if (!user.role().managesTerritory()) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no permite importar datos.");
        }
        return user;
    }

    /** Checks the request, stores the file and queues the job; validation and loading happen in the background. */
    ImportJob submit(ImportRequest request) {
        CurrentUser user = requireImporter();
        List<FieldError> errors = new ArrayList<>();
        ImportHandler<?> handler = handler(request.type(), errors);
        checkFile(request, handler, errors);
        Jurisdiction jurisdiction = jurisdiction(request.jurisdiction(), user, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String filename = request.filename() == null || request.filename().isBlank() ? "archivo"
                : request.filename().strip();
        long id = store.create(jurisdiction.id(), handler.type(), filename, request.content(), user);
        runner.submit(new ImportJobRunner.Work(id, handler, filename, user, jurisdiction));
        return require(id);
    }

    /** A job the current user may see, with its live progress; otherwise {@link NotFoundException}. */
    ImportJob require(long id) {
        CurrentUser user = CurrentUsers.require();
        return store.find(id).filter(job -> visible(job, user))
                .map(job -> job.withProgress(progress.of(job.id())))
                .orElseThrow(() -> new NotFoundException("No existe la importación " + id + "."));
    }

    PageResult<ImportJob> visible(PageRequest page) {
        CurrentUser user = CurrentUsers.require();
        return store.visibleTo(user, page).map(job -> job.withProgress(progress.of(job.id())));
    }

    List<ImportError> errors(ImportJob job, int offset, int limit) {
        return store.errors(job.id(), offset, limit);
    }

    List<ImportError> allErrors(ImportJob job) {
        return store.errors(job.id(), 0, ImportJobRepository.MAX_STORED_ERRORS);
    }

    static boolean visible(ImportJob job, CurrentUser user) {
        if (job.createdById() == user.id()) {
            return true;
        }
        return user.role().managesTerritory() && user.seesJurisdiction(job.jurisdictionId())
                && (user.territoryId() == null || Objects.equals(user.territoryId(), job.createdByTerritoryId()));
    }

    private ImportHandler<?> handler(String type, List<FieldError> errors) {
        if (type == null || type.isBlank()) {
            errors.add(new FieldError("type", "Indique el tipo de importación. Tipos válidos: "
                    + handlers.typeNames() + "."));
            return null;
        }
        Optional<ImportHandler<?>> handler = handlers.byType(type);
        if (handler.isEmpty()) {
            errors.add(new FieldError("type", "El tipo de importación «" + type.strip() + "» no existe. "
                    + "Tipos válidos: " + handlers.typeNames() + "."));
        }
        return handler.orElse(null);
    }

    private static void checkFile(ImportRequest request, ImportHandler<?> handler, List<FieldError> errors) {
        if (request.content() == null) {
            errors.add(new FieldError("file", "Adjunte el archivo a importar."));
            return;
        }
        if (request.content().length == 0) {
            errors.add(new FieldError("file", "El archivo «" + request.filename() + "» está vacío."));
            return;
        }
        if (request.content().length > MAX_BYTES) {
            errors.add(new FieldError("file", "El archivo supera el máximo de 50 MB."));
            return;
        }
        if (handler != null) {
            String extension = TableReader.extension(request.filename());
            if (!handler.extensions().contains(extension)) {
                errors.add(new FieldError("file", "El archivo «" + request.filename() + "» no tiene una extensión "
                        + "válida para " + handler.label() + ": use ." + String.join(", .", handler.extensions())
                        + "."));
            }
        }
    }

    private Jurisdiction jurisdiction(String code, CurrentUser user, List<FieldError> errors) {
        if (code != null && !code.isBlank()) {
            Optional<Jurisdiction> found = jurisdictions.byCode(code.strip())
                    .filter(j -> user.seesJurisdiction(j.id()));
            if (found.isEmpty()) {
                errors.add(new FieldError("jurisdiction", "No existe la jurisdicción «" + code.strip()
                        + "» o no está en su alcance."));
            }
            return found.orElse(null);
        }
        if (!user.allJurisdictions()) {
            return jurisdictions.byId(user.jurisdictionId()).orElseThrow();
        }
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        if (visible.size() == 1) {
            return visible.get(0);
        }
        errors.add(new FieldError("jurisdiction", "Indique la jurisdicción (su código, por ejemplo 11001)."));
        return null;
    }
}
