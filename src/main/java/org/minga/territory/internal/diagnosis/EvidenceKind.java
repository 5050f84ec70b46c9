package org.minga.territory.internal.diagnosis;

import org.minga.platform.Labelled;

/** What a diagnosis's evidence is: a figure, a social asset, a dialogue or a practice. */
public enum EvidenceKind implements Labelled {
    FIGURE, ASSET, DIALOGUE, PRACTICE
}
