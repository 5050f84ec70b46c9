package org.minga.training.internal.domain;

import org.minga.platform.Labelled;

/** What a toolbox item is. Its words: {@code enum.ToolboxItemKind.*} in {@code i18n/training}. */
public enum ToolboxItemKind implements Labelled {
    GUIDE,
    PROTOCOL,
    TECHNICAL_ANNEX,
    PROMOTIONAL_MATERIAL;
}
