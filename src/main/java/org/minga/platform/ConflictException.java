package org.minga.platform;

/** The change conflicts with the stored state, e.g. someone else changed the row first. */
public class ConflictException extends MingaException {

    public ConflictException(String message) {
        super(message);
    }
}
