package org.minga.platform.internal.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on Minga's data directory by a Minga that was killed ({@code kill -9}, a crash,
 * the machine's OOM killer). It holds {@code postmaster.pid}, so a new server cannot start there. It is
 * stopped the way PostgreSQL documents for a fast shutdown (SIGINT: open transactions roll back, committed
 * ones are already in the WAL, a checkpoint is written), and the new start waits until it is gone.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);
    /** zonky's lock file, held by the process that started the server. */
    static final String OWNER_LOCK = "epg-lock";

    private LeftoverServer() {
    }

    /** The postmaster's process id from {@code postmaster.pid}, if the file is there and readable. */
    static OptionalLong postmasterPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The port written in {@code postmaster.pid} (its fourth line), if a server wrote it. */
    static Optional<Integer> postmasterPort(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.size() < 4 ? Optional.empty() : Optional.of(Integer.parseInt(lines.get(3).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The live postmaster serving {@code dataDirectory}, if there is one. */
    static Optional<ProcessHandle> running(Path dataDirectory) {
        OptionalLong pid = postmasterPid(dataDirectory);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong())
                .filter(ProcessHandle::isAlive)
                .filter(p -> servesDirectory(p, dataDirectory) == Answer.YES);
    }

    /**
     * Stops a live postmaster of {@code dataDirectory} and waits for it to exit. A {@code postmaster.pid}
     * whose process is dead, or is some other program (the id was reused after a reboot), is left to
     * PostgreSQL or removed, so the new server can start.
     */
    static void stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        OptionalLong pid = postmasterPid(dataDirectory);
        if (pid.isEmpty()) {
            return; // a half-written file: PostgreSQL itself decides
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info("Stale postmaster.pid in {} (process {} is gone); PostgreSQL will recover", dataDirectory,
                    pid.getAsLong());
            return;
        }
        switch (servesDirectory(process.get(), dataDirectory)) {
            case NO -> {
                log.warn("postmaster.pid in {} names process {}, which is not its PostgreSQL; removing the stale file",
                        dataDirectory, pid.getAsLong());
                try {
                    Files.deleteIfExists(pidFile);
                } catch (IOException e) {
                    throw new IllegalStateException("No se pudo quitar el archivo " + pidFile, e);
                }
            }
            case UNKNOWN -> log.warn("Cannot tell whether process {} is the PostgreSQL of {}; leaving it alone",
                    pid.getAsLong(), dataDirectory);
            case YES -> stop(process.get(), dataDirectory);
        }
    }

    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        requireNoLiveOwner(postmaster, dataDirectory);
        log.warn("A PostgreSQL (process {}) was left running on {} by a previous Minga; stopping it (fast shutdown)",
                postmaster.pid(), dataDirectory);
        signal(postmaster.pid(), "INT");
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (postmaster.isAlive() && System.nanoTime() < deadline) {
            sleep(100);
        }
        if (postmaster.isAlive()) {
            throw new IllegalStateException("El PostgreSQL que quedó en " + dataDirectory + " (proceso "
                    + postmaster.pid() + ") no se detuvo en " + STOP_TIMEOUT.toSeconds() + " s; deténgalo con "
                    + "'kill -INT " + postmaster.pid() + "' y vuelva a iniciar Minga.");
        }
        log.info("The previous PostgreSQL stopped; starting a new one on the same data");
    }

    /**
     * The Minga that started a server holds a lock on {@code epg-lock} in the data folder for as long as it
     * lives (the kernel drops it when the process dies, however it dies). A server whose lock is still held
     * belongs to a Minga that is running: a second Minga on the same folder must not take it away.
     */
    private static void requireNoLiveOwner(ProcessHandle postmaster, Path dataDirectory) {
        String inUse = "Otro Minga en marcha usa los datos de " + dataDirectory + " (PostgreSQL en el proceso "
                + postmaster.pid() + "). Deténgalo antes de iniciar este, o use otra carpeta con MINGA_DATA_DIR.";
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException(inUse);
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException(inUse);
        } catch (IOException e) {
            log.warn("Could not check the owner lock of {}; assuming its owner is gone", dataDirectory, e);
        }
    }

    /** Sends a signal by name; Java can send only TERM and KILL, and PostgreSQL's fast shutdown is INT. */
    static void signal(long pid, String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("No se pudo enviar la señal " + name + " al proceso " + pid
                        + " (¿pertenece a otro usuario?)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo enviar la señal " + name + " al proceso " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrumpido al detener el proceso " + pid, e);
        }
    }

    enum Answer {
        YES, NO, UNKNOWN
    }

    /**
     * Whether {@code process} is a postgres whose working directory is {@code dataDirectory} (the postmaster
     * changes into its data directory). Linux's /proc tells for sure; elsewhere the command line is checked.
     */
    static Answer servesDirectory(ProcessHandle process, Path dataDirectory) {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        try {
            Path dir = dataDirectory.toRealPath();
            if (Files.isDirectory(proc)) {
                Path exe = Files.readSymbolicLink(proc.resolve("exe"));
                Path cwd = Files.readSymbolicLink(proc.resolve("cwd"));
                boolean postgres = exe.getFileName() != null && exe.getFileName().toString().startsWith("postgres");
                return postgres && cwd.equals(dir) ? Answer.YES : Answer.NO;
            }
        } catch (IOException | SecurityException e) {
            // not readable: another user's process, or no /proc
        }
        Optional<String> command = process.info().command();
        Optional<String[]> arguments = process.info().arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            return Answer.UNKNOWN;
        }
        boolean postgres = Path.of(command.get()).getFileName().toString().startsWith("postgres");
        boolean sameDir = List.of(arguments.get()).stream().anyMatch(a -> {
            try {
                return Path.of(a).toRealPath().equals(dataDirectory.toRealPath());
            } catch (IOException | RuntimeException e) {
                return false;
            }
        });
        return postgres && sameDir ? Answer.YES : Answer.NO;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrumpido", e);
        }
    }
}
