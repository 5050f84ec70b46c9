package org.minga.platform;

/** The thing does not exist, or it exists outside the user's scope: the two answers look the same. */
public class NotFoundException extends MingaException {

    public NotFoundException(String message) {
        super(message);
    }
}
