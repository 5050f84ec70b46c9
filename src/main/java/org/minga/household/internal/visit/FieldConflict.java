package org.minga.household.internal.visit;

import java.util.Map;

import org.minga.platform.ConflictException;

/**
 * A change made offline meets a change made meanwhile on the server: nothing of it is applied, and the worker is
 * shown both versions ({@link #server()} is the server's) to choose.
 */
class FieldConflict extends ConflictException {

    private final transient Map<String, Object> server;

    FieldConflict(String message, Map<String, Object> server) {
        super(message);
        this.server = server;
    }

    Map<String, Object> server() {
        return server;
    }
}
