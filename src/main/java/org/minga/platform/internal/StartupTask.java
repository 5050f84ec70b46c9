package org.minga.platform.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.context.SmartLifecycle;

/**
 * Work done once at start-up, after the database is migrated and before the web server opens (which
 * starts in a later lifecycle phase), so nobody reaches a half-prepared application.
 */
@RequiredArgsConstructor
public abstract class StartupTask implements SmartLifecycle {

    private final int phase;
    private volatile boolean running;

    /** The work; runs once per start. */
    protected abstract void run();

    @Override
    public final void start() {
        running = true;
        run();
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
