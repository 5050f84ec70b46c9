package org.minga.platform.internal.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportValidation;
import org.minga.platform.Jurisdiction;
import org.minga.platform.MingaException;
import org.minga.platform.internal.web.DatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a job in the background as the user who uploaded it: validate every row; with any error, keep the
 * errors and load nothing; otherwise load the whole file in one transaction, audit row included.
 */
@Component
record ImportJobRunner(ImportJobRepository store, ImportProgress progress, TransactionTemplate tx, AuditLog audit,
        @Qualifier(ImportExecutorConfiguration.EXECUTOR) Executor executor) {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

    /**
     * One stored upload and who imports it where. The file itself is read back from the job when the work
     * starts, so queued jobs do not hold their files in memory.
     */
    record Work(long jobId, ImportHandler<?> handler, String filename, CurrentUser user, Jurisdiction jurisdiction) {
    }

    /** Queues the job; the caller's security context goes with it, so the audit log names the user. */
    void submit(Work work) {
        SecurityContext context = SecurityContextHolder.getContext();
        progress.phase(work.jobId(), ImportStatus.PENDING, 0);
        try {
            executor.execute(new DelegatingSecurityContextRunnable(() -> run(work), context));
        } catch (RejectedExecutionException e) {
            progress.finished(work.jobId());
            store.failed(work.jobId(), "Hay demasiadas importaciones en espera; no se procesó el archivo. "
                    + "Intente de nuevo en unos minutos.");
        }
    }

    void run(Work work) {
        try {
            execute(work, work.handler());
        } catch (RuntimeException | Error e) {
            log.error("Import job {} ({}) failed", work.jobId(), work.handler().type(), e);
            store.failed(work.jobId(), failure(e));
        } finally {
            progress.finished(work.jobId());
        }
    }

    private <P> void execute(Work work, ImportHandler<P> handler) {
        long id = work.jobId();
        start(id, ImportStatus.VALIDATING, 0);
        ImportInputs.Prepared prepared = ImportInputs.prepare(handler, work.filename(), store.content(id));
        List<ImportError> errors = new ArrayList<>(prepared.errors());
        if (prepared.input() == null) {
            store.invalid(id, 0, errors, invalidMessage(errors.size()));
            return;
        }
        int total = prepared.input().rows().size();
        start(id, ImportStatus.VALIDATING, total);
        ImportValidation<P> validation = handler.validate(prepared.input(), context(work));
        errors.addAll(validation.errors());
        if (!handler.tabular()) {
            total = validation.rows();
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportError::row)); // stable: keeps each row's order
            store.invalid(id, total, errors, invalidMessage(errors.size()));
            return;
        }
        int rows = total;
        start(id, ImportStatus.LOADING, rows);
        tx.executeWithoutResult(status -> {
            int loaded = handler.load(validation.plan(), context(work));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("type", handler.type());
            after.put("filename", work.filename());
            after.put("rows", loaded);
            audit.record("IMPORT", "import", id, work.jurisdiction().id(),
                    "Importación de " + handler.label() + " (" + work.filename() + "): " + loaded + " filas",
                    null, after);
            store.done(id, rows, loaded, loaded == 1 ? "Se cargó 1 fila." : "Se cargaron " + loaded + " filas.");
        });
    }

    private void start(long id, ImportStatus phase, int total) {
        store.phase(id, phase, total);
        progress.phase(id, phase, total);
    }

    private ImportContext context(Work work) {
        return new ImportContext(work.user(), work.jurisdiction(), n -> progress.processed(work.jobId(), n));
    }

    private static String invalidMessage(int count) {
        String found = count == 1 ? "El archivo tiene 1 error" : "El archivo tiene " + count + " errores";
        String kept = count > ImportJobRepository.MAX_STORED_ERRORS
                ? " (se guardan los primeros " + ImportJobRepository.MAX_STORED_ERRORS + ")" : "";
        return found + kept + "; no se cargó ninguna fila. Corrija el archivo y vuelva a cargarlo.";
    }

    private static String failure(Throwable e) {
        String prefix = "La carga falló y no se guardó ninguna fila";
        if (e instanceof MingaException) {
            return prefix + ": " + e.getMessage();
        }
        if (e instanceof DataAccessException) {
            DatabaseErrors.Refusal refusal = DatabaseErrors.of(e, null);
            return prefix + ": " + (refusal != null ? refusal.message()
                    : "la base de datos no pudo guardar los datos.")
                    + " Si el problema persiste, contacte al administrador.";
        }
        return prefix + " por un error interno. Si el problema persiste, contacte al administrador.";
    }
}
