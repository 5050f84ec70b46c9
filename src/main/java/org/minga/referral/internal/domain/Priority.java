package org.minga.referral.internal.domain;

import org.minga.platform.Labelled;

/** How urgently the receiving entity should answer a referral. Its words: {@code enum.Priority.*} in the bundles. */
public enum Priority implements Labelled {
    LOW,
    MEDIUM,
    HIGH,
    URGENT;
}
