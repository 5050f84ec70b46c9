package org.minga.planning.internal.domain;

import org.minga.platform.Labelled;

/** The levels of a plan's tree: strategic line > programme or objective > goal. */
public enum NodeKind implements Labelled {
    LINE, PROGRAMME, GOAL
}
