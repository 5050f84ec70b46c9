package org.minga.fair.internal.domain;

import org.minga.platform.Labelled;

/**
 * What the community's word was for at a fair: its planning (a dialogue or survey before it) or its evaluation (after
 * it). Its words: {@code enum.CommunityInputRole.*} in the fair's bundles.
 */
public enum CommunityInputRole implements Labelled {
    PLANNING, EVALUATION
}
