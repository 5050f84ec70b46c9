package org.minga.virtual.internal.domain;

import org.minga.platform.Labelled;

/** What a campaign piece is. Its words: {@code enum.PieceKind.*} in {@code i18n/virtual}. */
public enum PieceKind implements Labelled {
    IMAGE,
    SHORT_TEXT,
    LINK;
}
