package org.minga;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How every benchmark in {@code bench/} runs: the full Minga context, no web server and no demo data, on a
 * fresh embedded PostgreSQL of its own, then exit.
 */
public final class BenchmarkRun {

    /** The measuring part of a benchmark, given the running context. */
    @FunctionalInterface
    public interface Body {
        void run(ConfigurableApplicationContext context) throws Exception;
    }

    private BenchmarkRun() {
    }

    /**
     * Runs {@code body} on a fresh database in {@code target/<dataDir>}; {@code infoLoggers} are packages
     * whose INFO lines stay visible (the rest logs warnings only).
     */
    public static void run(String dataDir, Body body, String... infoLoggers) throws Exception {
        run(dataDir, true, body, infoLoggers);
    }

    /** As {@link #run}, on the database a previous run left in {@code target/<dataDir>} (a new one if none). */
    public static void runKept(String dataDir, Body body, String... infoLoggers) throws Exception {
        run(dataDir, false, body, infoLoggers);
    }

    /** As {@link #runKept} when the environment has {@code KEEP} set, else as {@link #run}. */
    public static void runKeptIfAsked(String dataDir, Body body, String... infoLoggers) throws Exception {
        run(dataDir, System.getenv("KEEP") == null, body, infoLoggers);
    }

    private static void run(String dataDir, boolean fresh, Body body, String... infoLoggers) throws Exception {
        // system properties, so they win over application.yml
        System.setProperty("minga.demo", "false");
        System.setProperty("minga.db.embedded-data-dir", "target/" + dataDir);
        System.setProperty("minga.db.embedded-fresh", String.valueOf(fresh));
        System.setProperty("minga.db.pool-size", "4");
        System.setProperty("logging.level.root", "warn");
        for (String logger : infoLoggers) {
            System.setProperty("logging.level." + logger, "info");
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MingaApplication.class)
                .web(WebApplicationType.NONE).run();
        try {
            body.run(context);
        } finally {
            context.close();
        }
        System.exit(0);
    }
}
