package org.minga.planning.internal.domain;

import org.minga.platform.Labelled;

/** A convenio between actors or a contrato interadministrativo between public entities. */
public enum AgreementKind implements Labelled {
    CONVENIO, INTERADMINISTRATIVE_CONTRACT
}
