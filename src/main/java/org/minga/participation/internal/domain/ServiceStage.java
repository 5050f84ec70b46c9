package org.minga.participation.internal.domain;

import org.minga.platform.Labelled;

/** The stages of the service cycle (seed 001), in their order. Its words: {@code enum.ServiceStage.*} in the participation bundles. */
public enum ServiceStage implements Labelled {
    ARRIVAL, TURN, WAIT, ATTENTION, RESPONSE
}
