package org.minga.platform;

public class ForbiddenException extends MingaException {

    public ForbiddenException(String message) {
        super(message);
    }
}
