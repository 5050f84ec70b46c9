package org.minga.platform.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportRejectedException;
import org.minga.platform.ImportValidation;
import org.minga.platform.Imports;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class ImmediateImports implements Imports {

    private final ImportHandlers handlers;
    private final AuditLog audit;

    @Override
    @Transactional
    public int importNow(String type, String filename, byte[] content, ImportContext context) {
        ImportHandler<?> handler = handlers.byType(type).orElseThrow(() -> new ValidationException("type",
                "El tipo de importación '" + type + "' no existe. Tipos: " + handlers.typeNames() + "."));
        return run(handler, filename, content, context);
    }

    private <P> int run(ImportHandler<P> handler, String filename, byte[] content, ImportContext context) {
        ImportInputs.Prepared prepared = ImportInputs.prepare(handler, filename, content);
        List<ImportError> errors = new ArrayList<>(prepared.errors());
        if (prepared.input() == null) {
            throw new ImportRejectedException(filename, errors);
        }
        ImportValidation<P> validation = handler.validate(prepared.input(), context);
        errors.addAll(validation.errors());
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(filename, errors);
        }
        int loaded = handler.load(validation.plan(), context);
        audit.record("IMPORT", "import", null, context.jurisdiction().id(),
                handler.label() + ": " + filename + " (" + loaded + " filas)", null,
                Map.of("type", handler.type(), "filename", filename, "rows", loaded));
        return loaded;
    }
}
