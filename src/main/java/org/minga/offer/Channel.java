package org.minga.offer;

import org.minga.platform.Labelled;

/**
 * How a service is delivered (canales de atención). Its words: {@code enum.Channel.*} in the offer's bundles, read with
 * {@code platform.Labels}.
 */
public enum Channel implements Labelled {
    IN_PERSON,
    PHONE,
    VIRTUAL,
    FAIR;
}
