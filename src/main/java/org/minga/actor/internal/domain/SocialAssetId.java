package org.minga.actor.internal.domain;

/** The identity of a social asset ({@link SocialAsset}): a positive number the database gives it. */
public record SocialAssetId(long value) {

    public SocialAssetId {
        Registered.requirePositive(value);
    }
}
