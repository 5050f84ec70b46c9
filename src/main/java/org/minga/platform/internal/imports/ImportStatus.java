package org.minga.platform.internal.imports;

/** Where an import job is. INVALID, DONE and FAILED are final. */
public enum ImportStatus {
    PENDING("En espera"),
    VALIDATING("Validando"),
    INVALID("Con errores"),
    LOADING("Cargando"),
    DONE("Terminada"),
    FAILED("Falló");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean running() {
        return this == PENDING || this == VALIDATING || this == LOADING;
    }
}
