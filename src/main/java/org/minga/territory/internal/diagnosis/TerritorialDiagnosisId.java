package org.minga.territory.internal.diagnosis;

/** The identity of one version of a territorial diagnosis. */
public record TerritorialDiagnosisId(long value) {
}
