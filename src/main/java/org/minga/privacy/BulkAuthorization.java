package org.minga.privacy;

/** One checked authorization of a bulk import, for a person id already allocated. */
public record BulkAuthorization(long personId, AuthorizationCommand command) {
}
