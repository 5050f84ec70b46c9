package org.minga.platform;

import java.time.Duration;
import java.util.Map;

/**
 * "Deshacer" offered in the message that confirms an action: the form that takes it back ({@code action}, with its
 * hidden {@code fields}, such as the version the action left), shown for {@code seconds}. Pages show it with the
 * fragment {@code fragments/forms :: undo}; the server still refuses an undo once something else happened.
 */
public record Undo(String action, Map<String, String> fields, long seconds) implements java.io.Serializable {

    public Undo {
        fields = Map.copyOf(fields);
    }

    /** An undo that sends the version the action left, offered during {@code window}. */
    public Undo(String action, int version, Duration window) {
        this(action, Map.of("version", String.valueOf(version)), window.toSeconds());
    }
}
