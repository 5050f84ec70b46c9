package org.minga.territory.internal.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.ImportCheck;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportKind;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportValidation;
import org.locationtech.jts.geom.Geometry;
import org.minga.territory.AreaType;
import org.minga.territory.ParsedGeometry;
import org.minga.territory.TerritoryGeometries;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryLevelView;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.minga.territory.internal.tree.TerritoryPlacement.Placed;
import org.springframework.stereotype.Component;

/**
 * Imports territories from a table: new codes are created, existing codes get their name, area type and
 * population updated. Parents may come earlier or later in the same file.
 */
@Component
record TerritoryImport(Territories territories, TerritoryTree tree, TerritoryRepository store,
        TerritoryGeometries geometries) implements ImportHandler<TerritoryImport.Plan> {

    static final String CODE = "codigo";
    static final String NAME = "nombre";
    static final String LEVEL = "nivel";
    static final String PARENT = "codigo_padre";
    static final String AREA = "tipo_area";
    static final String POPULATION = "poblacion";
    static final String GEOMETRY = "geometria";

    /** One row ready to load. {@code existing} is set when the code is already stored (an update). */
    record Row(int number, String code, String name, TerritoryLevelView level, String parentCode,
            AreaType areaType, Integer population, Geometry geometry, TerritoryView existing) {
    }

    record Plan(long jurisdictionId, List<Row> rowsInLoadOrder) {
    }

    static final ImportKind KIND = ImportKind.of("territories", "Territorios",
            ImportColumn.required(CODE, "Código único del territorio en la jurisdicción (p. ej. 11 para Suba)."),
            ImportColumn.required(NAME, "Nombre oficial, con tildes."),
            ImportColumn.required(LEVEL, "Código del nivel territorial (p. ej. localidad, upz, barrio, comuna)."),
            ImportColumn.optional(PARENT, "Código del territorio padre; vacío solo para el nivel raíz."),
            ImportColumn.required(AREA, "urbana, rural o mixta."),
            ImportColumn.optional(POPULATION, "Población total, número entero."),
            ImportColumn.optional(GEOMETRY, "Forma del territorio en WKT (POLYGON((lon lat, ...))) o GeoJSON, "
                    + "coordenadas WGS84; vacía para no cambiarla."));

    @Override
    public ImportKind kind() {
        return KIND;
    }

    @Override
    public ImportValidation<Plan> validate(ImportInput input, ImportContext context) {
        long jurisdictionId = context.jurisdiction().id();
        AccessScope scope = territories.scopeOf(context.user());
        Map<String, TerritoryLevelView> levels = new HashMap<>();
        tree.levels(jurisdictionId).forEach(l -> levels.put(l.code(), l));
        ImportCheck check = ImportCheck.of(input, context);
        Map<String, Row> byCode = new LinkedHashMap<>();
        check.eachRow(r -> {
            Row row = row(r, jurisdictionId, scope, levels);
            if (r.clean()) {
                byCode.put(row.code(), row);
            }
        });
        check.errors(checkParents(byCode, jurisdictionId, scope, !scope.narrowed()));
        return check.sortedResult(() -> new Plan(jurisdictionId, loadOrder(byCode)));
    }

    private Row row(ImportCheck.Cells r, long jurisdictionId, AccessScope scope,
            Map<String, TerritoryLevelView> levels) {
        String code = r.required(CODE, "El código es obligatorio.");
        if (code != null && code.length() > 40) {
            r.error(CODE, "El código tiene más de 40 caracteres.");
        } else if (code != null) {
            r.repeated(CODE, code, first -> "El código " + code + " está repetido (ya aparece en la fila " + first
                    + ").");
        }
        String name = r.required(NAME, "El nombre es obligatorio.");
        if (name != null && name.length() > 200) {
            r.error(NAME, "El nombre tiene más de 200 caracteres.");
        }
        TerritoryLevelView level = r.code(LEVEL, "El nivel es obligatorio.",
                c -> Optional.ofNullable(levels.get(c.toLowerCase())),
                c -> "El nivel '" + c + "' no existe. Niveles: " + String.join(", ", levels.keySet()) + ".");
        AreaType area = r.code(AREA, "Indique urbana, rural o mixta.", AreaType::parse,
                c -> "'" + c + "' no es válido: use urbana, rural o mixta.");
        Long population = r.integer(POPULATION, reason -> "La población " + reason + ".");
        if (population != null && (population < 0 || population > Integer.MAX_VALUE)) {
            r.error(POPULATION, "La población debe ser un entero entre 0 y 2.147.483.647.");
            population = null;
        }
        Geometry geometry = null;
        String geometryText = r.get(GEOMETRY);
        if (geometryText != null) {
            ParsedGeometry parsed = geometries.parse(geometryText);
            if (parsed.valid()) {
                geometry = parsed.geometry();
            } else {
                r.error(GEOMETRY, parsed.error());
            }
        }
        TerritoryView existing = code == null || code.length() > 40 ? null
                : territories.byCode(jurisdictionId, code).orElse(null);
        if (existing != null && !scope.includes(existing.jurisdictionId(), existing.path())) {
            r.error(CODE, "El territorio " + code + " está fuera de su alcance.");
        } else if (existing != null && level != null && !existing.levelCode().equals(level.code())) {
            r.error(LEVEL, "El territorio " + code + " ya existe con nivel " + existing.levelCode()
                    + "; la importación no cambia el nivel.");
        }
        return new Row(r.number(), code, name, level, r.get(PARENT), area,
                population == null ? null : population.intValue(), geometry, existing);
    }

    private List<ImportError> checkParents(Map<String, Row> rows, long jurisdictionId, AccessScope scope,
            boolean jurisdictionWide) {
        List<ImportError> errors = new ArrayList<>();
        for (Row row : rows.values()) {
            String parentCode = row.parentCode();
            if (row.existing() != null) {
                String currentParent = row.existing().parentId() == null ? null
                        : territories.byId(row.existing().parentId()).map(TerritoryView::code).orElse(null);
                if (!java.util.Objects.equals(parentCode, currentParent)) {
                    errors.add(new ImportError(row.number(), PARENT, "El territorio " + row.code()
                            + " ya existe con otro padre (" + (currentParent == null ? "ninguno" : currentParent)
                            + "); para moverlo use la edición del territorio."));
                }
                continue;
            }
            if (parentCode == null) {
                if (row.level().rank() > 0) {
                    errors.add(new ImportError(row.number(), PARENT, "Un territorio de nivel " + row.level().name()
                            + " necesita código padre."));
                } else if (!jurisdictionWide) {
                    errors.add(new ImportError(row.number(), PARENT,
                            "Solo un usuario de toda la jurisdicción crea territorios raíz."));
                }
                continue;
            }
            int parentRank;
            Row inFile = rows.get(parentCode);
            if (inFile != null) {
                parentRank = inFile.level().rank();
            } else {
                Optional<TerritoryView> stored = territories.byCode(jurisdictionId, parentCode);
                if (stored.isEmpty()) {
                    errors.add(new ImportError(row.number(), PARENT, "El código padre '" + parentCode
                            + "' no existe en la jurisdicción ni en el archivo."));
                    continue;
                }
                if (!scope.includes(stored.get().jurisdictionId(), stored.get().path())) {
                    errors.add(new ImportError(row.number(), PARENT,
                            "El territorio padre " + parentCode + " está fuera de su alcance."));
                    continue;
                }
                parentRank = stored.get().levelRank();
            }
            if (row.level().rank() == 0) {
                errors.add(new ImportError(row.number(), PARENT,
                        "Un territorio de nivel " + row.level().name() + " no tiene padre."));
            } else if (parentRank >= row.level().rank()) {
                errors.add(new ImportError(row.number(), PARENT, "El padre " + parentCode
                        + " es de un nivel igual o inferior a " + row.level().name() + "."));
            }
        }
        return errors;
    }

    /** Parents before children: every parent in the file precedes its children. Ranks rule out cycles. */
    private static List<Row> loadOrder(Map<String, Row> rows) {
        List<Row> ordered = new ArrayList<>(rows.values());
        ordered.sort(java.util.Comparator.comparingInt((Row r) -> r.level().rank()).thenComparingInt(Row::number));
        return ordered;
    }

    @Override
    public int load(Plan plan, ImportContext context) {
        Map<String, Placed> placed = new HashMap<>();
        int n = 0;
        for (Row row : plan.rowsInLoadOrder()) {
            long id;
            if (row.existing() != null) {
                id = row.existing().id();
                if (!store.update(row.existing().id(), row.existing().version(), row.name(), row.areaType(),
                        row.population())) {
                    throw new org.minga.platform.ConflictException("El territorio " + row.code()
                            + " cambió durante la importación; vuelva a importar el archivo.");
                }
            } else {
                Placed parent = null;
                if (row.parentCode() != null) {
                    parent = placed.get(row.parentCode());
                    if (parent == null) {
                        TerritoryView stored = territories.byCode(plan.jurisdictionId(), row.parentCode())
                                .orElseThrow();
                        parent = new Placed(stored.id(), stored.path(), stored.depth());
                    }
                }
                Placed created = store.insert(plan.jurisdictionId(), row.level().id(), parent, row.code(),
                        row.name(), row.areaType(), row.population());
                placed.put(row.code(), created);
                id = created.id();
            }
            if (row.geometry() != null) {
                geometries.store(id, row.geometry(), context.user());
            }
            context.progress(++n);
        }
        return n;
    }
}
