package org.minga.platform;

/** A domain error with a message in Spanish that can be shown to the user as it is. */
public abstract class MingaException extends RuntimeException {

    protected MingaException(String message) {
        super(message);
    }
}
