package org.minga.territory.internal.variable;

import java.util.Locale;
import java.util.Optional;

import org.minga.platform.CurrentUser;
import org.minga.platform.ImportCheck;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportKind;
import org.minga.platform.RowImport;
import org.minga.platform.Jurisdiction;
import org.springframework.stereotype.Component;

/** Imports a jurisdiction's variable catalogue: creates new codes and updates existing ones. */
@Component
record VariableCatalogImportHandler(
        VariableCatalog catalog) implements RowImport<VariableCatalogImportHandler.Definition> {

    static final String CODE = "codigo";
    static final String NAME = "nombre";
    static final String UNIT = "unidad";
    static final String SOURCE = "fuente";
    static final String DIRECTION = "direccion";
    static final String DESCRIPTION = "descripcion";

    record Definition(String code, String name, String unit, String source, VariableDirection direction,
            String description) {
    }

    static final ImportKind KIND = ImportKind.of("variables", "Catálogo de variables sociales",
            ImportColumn.required(CODE, "Código único de la variable: minúsculas, números, guion o guion bajo."),
            ImportColumn.required(NAME, "Nombre de la variable."),
            ImportColumn.required(UNIT, "Unidad: personas, %, índice, tasa..."),
            ImportColumn.optional(SOURCE, "Fuente: DANE CNPV 2018, SISBEN IV, Encuesta Multipropósito 2021..."),
            ImportColumn.required(DIRECTION, "mayor-es-peor o mayor-es-mejor."),
            ImportColumn.optional(DESCRIPTION, "Qué mide y cómo se calcula."));

    @Override
    public ImportKind kind() {
        return KIND;
    }

    @Override
    public Reader<Definition> reader(ImportContext context) {
        Jurisdiction j = context.jurisdiction();
        if (!VariableCatalog.canEdit(context.user(), j.id())) {
            throw new Refused("Solo los administradores y usuarios distritales de " + j.name()
                    + " modifican el catálogo de variables.");
        }
        return row -> {
            String code = code(row);
            String name = text(row, NAME, "el nombre", 200, true);
            String unit = text(row, UNIT, "la unidad", 60, true);
            String source = text(row, SOURCE, "la fuente", 300, false);
            String description = text(row, DESCRIPTION, "la descripción", 2000, false);
            Optional<VariableDirection> direction = VariableDirection.parse(row.get(DIRECTION));
            if (direction.isEmpty()) {
                row.error(DIRECTION, row.get(DIRECTION) == null
                        ? "Falta la dirección (direccion): mayor-es-peor o mayor-es-mejor."
                        : "La dirección (direccion) '" + row.get(DIRECTION)
                                + "' no es válida: use mayor-es-peor o mayor-es-mejor.");
            }
            return code != null && name != null && unit != null && direction.isPresent()
                    ? new Definition(code, name, unit, source, direction.get(), description)
                    : null;
        };
    }

    private static String code(ImportCheck.Cells row) {
        String code = row.required(CODE, "Falta el código de la variable (codigo).");
        if (code == null) {
            return null;
        }
        String lower = code.toLowerCase(Locale.ROOT);
        if (lower.length() > 60 || !lower.matches("[a-z0-9][a-z0-9_-]*")) {
            row.error(CODE, "El código (codigo) '" + code
                    + "' solo admite hasta 60 minúsculas sin tildes, números, guion y guion bajo.");
            return null;
        }
        row.repeated(CODE, lower, first -> "El código (codigo) '" + lower + "' ya aparece en la fila " + first + ".");
        return lower;
    }

    private static String text(ImportCheck.Cells row, String column, String what, int max, boolean required) {
        String v = required ? row.required(column, "Falta " + what + " (" + column + ").") : row.get(column);
        return row.text(column, max, "El campo " + column + " admite máximo " + max + " caracteres.") == null ? null
                : v;
    }

    @Override
    public void store(Definition d, Jurisdiction jurisdiction, CurrentUser user) {
        catalog.upsert(jurisdiction.id(), d.code(), d.name(), d.unit(), d.source(), d.direction(), d.description());
    }
}
