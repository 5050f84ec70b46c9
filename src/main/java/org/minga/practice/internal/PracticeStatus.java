package org.minga.practice.internal;

/** Where a practice is in its workflow. */
enum PracticeStatus {
    BORRADOR("Borrador"),
    ENVIADA("Enviada"),
    EN_EVALUACION("En evaluación"),
    EVALUADA("Evaluada"),
    PUBLICADA("Publicada"),
    DEVUELTA("Devuelta con observaciones");

    private final String label;

    PracticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The author may change the answers only while the practice is with them. */
    public boolean editable() {
        return this == BORRADOR || this == DEVUELTA;
    }
}
