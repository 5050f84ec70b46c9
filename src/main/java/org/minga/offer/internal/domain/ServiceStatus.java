package org.minga.offer.internal.domain;

import org.minga.platform.Labelled;

/** Whether a service is given today. Its words: {@code enum.ServiceStatus.*} in the offer's bundles. */
public enum ServiceStatus implements Labelled {
    ACTIVE,
    SUSPENDED,
    INACTIVE;
}
