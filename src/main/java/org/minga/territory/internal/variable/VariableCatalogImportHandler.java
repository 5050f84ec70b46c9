package org.minga.territory.internal.variable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportRow;
import org.minga.platform.ImportValidation;
import org.minga.platform.Jurisdiction;
import org.springframework.stereotype.Component;

/** Imports a jurisdiction's variable catalogue: creates new codes and updates existing ones. */
@Component
class VariableCatalogImportHandler implements ImportHandler<VariableCatalogImportHandler.Plan> {

    static final String CODE = "codigo";
    static final String NAME = "nombre";
    static final String UNIT = "unidad";
    static final String SOURCE = "fuente";
    static final String DIRECTION = "direccion";
    static final String DESCRIPTION = "descripcion";

    record Definition(String code, String name, String unit, String source, Direction direction, String description) {
    }

    record Plan(long jurisdictionId, List<Definition> definitions) {
    }

    private final VariableCatalog catalog;

    VariableCatalogImportHandler(VariableCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String type() {
        return "variables";
    }

    @Override
    public String label() {
        return "Catálogo de variables sociales";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(CODE, "Código único de la variable: minúsculas, números, guion o guion bajo."),
                ImportColumn.required(NAME, "Nombre de la variable."),
                ImportColumn.required(UNIT, "Unidad: personas, %, índice, tasa..."),
                ImportColumn.optional(SOURCE, "Fuente: DANE CNPV 2018, SISBEN IV, Encuesta Multipropósito 2021..."),
                ImportColumn.required(DIRECTION, "mayor-es-peor o mayor-es-mejor."),
                ImportColumn.optional(DESCRIPTION, "Qué mide y cómo se calcula."));
    }

    @Override
    public ImportValidation<Plan> validate(ImportInput input, ImportContext context) {
        Jurisdiction j = context.jurisdiction();
        List<ImportError> errors = new ArrayList<>();
        if (!VariableCatalog.canEdit(context.user(), j.id())) {
            errors.add(new ImportError(0, null, "Solo los administradores y usuarios distritales de " + j.name()
                    + " modifican el catálogo de variables."));
            return new ImportValidation<>(input.rows().size(), errors, null);
        }
        List<Definition> definitions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : input.rows()) {
            int n = row.number();
            String code = row.get(CODE);
            if (code == null) {
                errors.add(new ImportError(n, CODE, "Falta el código de la variable (codigo)."));
            } else {
                code = code.toLowerCase(Locale.ROOT);
                if (code.length() > 60 || !code.matches("[a-z0-9][a-z0-9_-]*")) {
                    errors.add(new ImportError(n, CODE, "El código (codigo) '" + row.get(CODE)
                            + "' solo admite hasta 60 minúsculas sin tildes, números, guion y guion bajo."));
                    code = null;
                } else {
                    Integer first = seen.putIfAbsent(code, n);
                    if (first != null) {
                        errors.add(new ImportError(n, CODE, "El código (codigo) '" + code + "' ya aparece en la fila "
                                + first + "."));
                    }
                }
            }
            String name = text(row, NAME, "el nombre", 200, true, n, errors);
            String unit = text(row, UNIT, "la unidad", 60, true, n, errors);
            String source = text(row, SOURCE, "la fuente", 300, false, n, errors);
            String description = text(row, DESCRIPTION, "la descripción", 2000, false, n, errors);
            Optional<Direction> direction = Direction.parse(row.get(DIRECTION));
            if (direction.isEmpty()) {
                errors.add(new ImportError(n, DIRECTION, row.get(DIRECTION) == null
                        ? "Falta la dirección (direccion): mayor-es-peor o mayor-es-mejor."
                        : "La dirección (direccion) '" + row.get(DIRECTION)
                                + "' no es válida: use mayor-es-peor o mayor-es-mejor."));
            }
            if (code != null && name != null && unit != null && direction.isPresent()) {
                definitions.add(new Definition(code, name, unit, source, direction.get(), description));
            }
        }
        return new ImportValidation<>(input.rows().size(), errors,
                errors.isEmpty() ? new Plan(j.id(), definitions) : null);
    }

    private static String text(ImportRow row, String column, String what, int max, boolean required, int n,
            List<ImportError> errors) {
        String v = row.get(column);
        if (v == null) {
            if (required) {
                errors.add(new ImportError(n, column, "Falta " + what + " (" + column + ")."));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(new ImportError(n, column, "El campo " + column + " admite máximo " + max + " caracteres."));
            return null;
        }
        return v;
    }

    @Override
    public int load(Plan plan, ImportContext context) {
        int done = 0;
        for (Definition d : plan.definitions()) {
            catalog.upsert(plan.jurisdictionId(), d.code(), d.name(), d.unit(), d.source(), d.direction(),
                    d.description());
            context.progress(++done);
        }
        return done;
    }
}
