package org.minga.training.internal.domain;

import java.math.BigDecimal;

import org.minga.platform.ValidationException;

/**
 * What completing a programme takes: attending at least {@code minAttendancePercent} of its sessions and, when the
 * programme has a knowledge check, a final score of at least {@code passingScore} (0 to 100).
 */
public record CompletionRule(int minAttendancePercent, BigDecimal passingScore) {

    public CompletionRule {
        if (minAttendancePercent < 0 || minAttendancePercent > 100) {
            throw new ValidationException("minAttendancePercent",
                    "La asistencia mínima es un porcentaje entre 0 y 100.");
        }
        if (passingScore != null
                && (passingScore.signum() < 0 || passingScore.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new ValidationException("passingScore", "El puntaje para aprobar va de 0 a 100.");
        }
    }

    /** Why {@code attended} of {@code held} sessions and {@code score} do not complete the programme; null when they do. */
    public String unmetBy(int attended, int held, BigDecimal score) {
        if (held == 0) {
            return "El programa no tiene sesiones realizadas.";
        }
        int percent = attended * 100 / held;
        if (percent < minAttendancePercent) {
            return "Asistió a " + attended + " de " + held + " sesiones (" + percent + " %); se requiere el "
                    + minAttendancePercent + " %.";
        }
        if (passingScore != null && (score == null || score.compareTo(passingScore) < 0)) {
            return score == null ? "Falta el puntaje de la evaluación final (se aprueba con " + passingScore + ")."
                    : "Obtuvo " + score + " en la evaluación final; se aprueba con " + passingScore + ".";
        }
        return null;
    }
}
