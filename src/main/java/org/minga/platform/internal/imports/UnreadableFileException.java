package org.minga.platform.internal.imports;

/** The file cannot be read as a table at all; the message, in Spanish, says why. */
class UnreadableFileException extends RuntimeException {

    UnreadableFileException(String message) {
        super(message);
    }

    UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
