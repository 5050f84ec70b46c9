package org.minga.platform.internal.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, a job still marked as waiting or running was cut off by a restart: its queue and its open
 * transaction died with the previous process, so nothing of it was stored. Say so instead of spinning forever.
 */
@Component
@Order(0)
record InterruptedImports(ImportJobRepository store) implements ApplicationRunner {

    static final String MESSAGE = "La importación se interrumpió porque el servidor se reinició; no se guardó "
            + "ningún dato. Vuelva a cargar el archivo.";

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    @Override
    public void run(ApplicationArguments args) {
        int failed = store.failRunning(MESSAGE);
        if (failed > 0) {
            log.warn("{} import job(s) interrupted by the restart marked as failed", failed);
        }
    }
}
