package org.minga.planning.internal.strategy;

import java.util.Locale;

import org.minga.planning.StrategyDimension;
import org.minga.platform.ValidationException;

/** A new category of a strategy: its dimension (POPULATION, SCENARIO or RIGHT), code, name and description. */
public record CategoryForm(String dimension, String code, String name, String description) {

    /** The form with its texts trimmed, or a {@link ValidationException} naming the field. */
    CategoryForm validated() {
        parsedDimension();
        String c = code == null ? "" : code.strip();
        if (!c.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")) {
            throw new ValidationException("code", "El código debe tener de 1 a 40 letras sin tilde, números, "
                    + "puntos, guiones o guiones bajos.");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new ValidationException("name", "Escriba el nombre de la categoría (máximo 200 caracteres).");
        }
        String d = description == null || description.isBlank() ? null : description.strip();
        if (d != null && d.length() > 1000) {
            throw new ValidationException("description", "La descripción admite máximo 1000 caracteres.");
        }
        return new CategoryForm(dimension.strip().toUpperCase(Locale.ROOT), c, n, d);
    }

    StrategyDimension parsedDimension() {
        try {
            return StrategyDimension.valueOf(dimension == null ? "" : dimension.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("dimension", "La dimensión debe ser POPULATION (población priorizada), "
                    + "SCENARIO (escenario de intervención) o RIGHT (categoría de derechos).");
        }
    }
}
