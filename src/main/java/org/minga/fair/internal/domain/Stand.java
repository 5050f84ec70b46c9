package org.minga.fair.internal.domain;

/** A service given at a fair's stand, by the participating entity that brings it. */
public record Stand(long serviceId, String serviceName, long actorId, String actorName) {
}
