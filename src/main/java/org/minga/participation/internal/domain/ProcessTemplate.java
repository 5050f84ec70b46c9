package org.minga.participation.internal.domain;

import java.util.List;

import org.minga.platform.Labelled;

/**
 * The stages a new participatory process starts with: the PLADECO's 13 steps as San Antonio ran them (seed 003),
 * or none (the team writes its own).
 */
public enum ProcessTemplate implements Labelled {
    PLADECO(List.of("Planificación del proceso global por el equipo gestor",
            "Diseño y pilotaje de los talleres territoriales, con la evaluación de los pilotajes y su mejora",
            "Difusión", "Ejecución de los talleres territoriales", "Análisis de la información",
            "Ejecución de los talleres temáticos", "Segunda vuelta al territorio",
            "Diseño del instrumento de encuesta ciudadana", "Capacitación de encuestadores",
            "Ejecución de la encuesta ciudadana", "Análisis de los datos con software",
            "Construcción de los informes preliminares",
            "Incorporación de metodologías y estándares internacionales")),
    FREE(List.of());

    private final List<String> stages;

    ProcessTemplate(List<String> stages) {
        this.stages = stages;
    }

    public List<String> stages() {
        return stages;
    }
}
