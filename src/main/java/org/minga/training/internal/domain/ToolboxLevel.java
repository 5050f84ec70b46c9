package org.minga.training.internal.domain;

import org.minga.platform.Labelled;

/** The management level a toolbox item serves: macro (district), meso (zone), micro (locality). Its words: {@code enum.ToolboxLevel.*} in {@code i18n/training}. */
public enum ToolboxLevel implements Labelled {
    MACRO,
    MESO,
    MICRO;
}
