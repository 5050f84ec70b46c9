package org.minga.training.internal.domain;

import org.minga.platform.ConflictException;

/** A move the programme's or participant's state does not allow, told in Spanish (409). */
public class IllegalTrainingTransition extends ConflictException {

    private static final long serialVersionUID = 1L;

    public IllegalTrainingTransition(String message) {
        super(message);
    }
}
