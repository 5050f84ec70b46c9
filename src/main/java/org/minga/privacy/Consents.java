package org.minga.privacy;

import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;

/** Authorizations to process personal data. */
public interface Consents {

    /** The problems with an authorization, before anything is stored; {@code minor} asks for a guardian's. */
    List<FieldError> check(AuthorizationCommand command, boolean minor, boolean sensitiveDataHeld);

    /** Records a checked authorization for a stored person (in the caller's transaction). */
    AuthorizationView grant(long personId, long jurisdictionId, AuthorizationCommand command, boolean minor,
            boolean sensitiveDataHeld);

    /**
     * Records many checked authorizations of one jurisdiction at once with COPY, in the caller's transaction
     * (bulk imports: every command must have passed {@link #check}).
     */
    void grantAll(long jurisdictionId, List<BulkAuthorization> authorizations);

    /**
     * Keeps an image as the evidence of authorization {@code authorizationId} (a photo of the signed form or the
     * signature drawn on a phone), in the caller's transaction: a JPEG, PNG or WebP checked by its content, one per
     * authorization, audited. Answers its SHA-256; a {@link org.minga.platform.ValidationException} says what is wrong.
     */
    String attachEvidence(long authorizationId, String mediaType, byte[] content);

    List<AuthorizationView> ofPerson(long personId);

    boolean hasActive(long personId);

    /** Whether an active authorization of the person expressly covers sensitive data (Ley 1581, art. 6). */
    boolean coversSensitive(long personId);

    /** Whether an active authorization of the person names {@code purpose} among its purposes. */
    boolean covers(long personId, Purpose purpose);

    /** Withdraws an authorization; when none stays active, publishes {@link AuthorizationWithdrawn}. */
    AuthorizationView withdraw(long authorizationId, String reason, int version, CurrentUser user);
}
