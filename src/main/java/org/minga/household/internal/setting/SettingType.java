package org.minga.household.internal.setting;

import org.minga.platform.Labelled;

/** The kind of a care setting (entorno cuidador) besides the home: a school, a workplace, a community, an institution. */
public enum SettingType implements Labelled {
    EDUCATIVO, LABORAL, COMUNITARIO, INSTITUCIONAL
}
