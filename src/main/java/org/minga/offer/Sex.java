package org.minga.offer;

import org.minga.platform.Labelled;

/**
 * Who a service is for by sex; a person's profile uses FEMALE or MALE. Its words: {@code enum.Sex.*} in the offer's bundles, read with
 * {@code platform.Labels}.
 */
public enum Sex implements Labelled {
    ANY,
    FEMALE,
    MALE;
}
