package org.minga.platform.internal.db;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded PostgreSQL when this JVM dies, even by {@code kill -9}, when no shutdown hook runs.
 * PostgreSQL runs detached (pg_ctl puts it in its own session), so it would outlive the JVM. A small
 * {@code sh} waits on a pipe from this JVM; the kernel closes the pipe when the JVM dies, however it dies,
 * and the shell then asks that one postmaster for a fast shutdown (SIGINT). A normal stop dismisses the
 * watchdog first. If the watchdog itself was killed too, {@link LeftoverServer} cleans up at the next start.
 */
@RequiredArgsConstructor
final class Watchdog {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
    private static final Watchdog NONE = new Watchdog(null);

    private final Process shell;

    static Watchdog start(Path dataDirectory) {
        OptionalLong pid = LeftoverServer.postmasterPid(dataDirectory);
        if (pid.isEmpty()) {
            log.warn("No postmaster.pid in {}: PostgreSQL will not be stopped if Minga is killed", dataDirectory);
            return NONE;
        }
        try {
            Process shell = new ProcessBuilder("sh", "-c",
                    "trap '' INT HUP QUIT; while read -r _; do :; done; kill -INT \"$0\" 2>/dev/null",
                    Long.toString(pid.getAsLong()))
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start();
            return new Watchdog(shell);
        } catch (IOException e) {
            log.warn("Could not start the PostgreSQL watchdog: PostgreSQL will not be stopped if Minga is killed", e);
            return NONE;
        }
    }

    /** The process id of the watchdog shell, if one runs. */
    OptionalLong pid() {
        return shell == null ? OptionalLong.empty() : OptionalLong.of(shell.pid());
    }

    /** The server was stopped the normal way: end the watchdog without it signalling anything. */
    void dismiss() {
        if (shell == null) {
            return;
        }
        shell.destroy();
        try {
            shell.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            shell.getOutputStream().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // the shell is gone: nothing to close
        }
    }
}
