package org.minga.virtual.internal.domain;

import org.minga.platform.Labelled;

/** How an online session works with its people. Its words: {@code enum.SessionModality.*} in {@code i18n/virtual}. */
public enum SessionModality implements Labelled {
    PEDAGOGICAL,
    DIALOGIC;
}
