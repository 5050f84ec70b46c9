package org.minga.territory.internal.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportNumbers;
import org.minga.platform.ImportRow;
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
import org.minga.territory.internal.tree.TerritoryStore.Placed;
import org.springframework.stereotype.Component;

/**
 * Imports territories from a table: new codes are created, existing codes get their name, area type and
 * population updated. Parents may come earlier or later in the same file.
 */
@Component
class TerritoryImport implements ImportHandler<TerritoryImport.Plan> {

    static final String CODE = "codigo";
    static final String NAME = "nombre";
    static final String LEVEL = "nivel";
    static final String PARENT = "codigo_padre";
    static final String AREA = "tipo_area";
    static final String POPULATION = "poblacion";
    static final String GEOMETRY = "geometria";

    private final Territories territories;
    private final TerritoryTree tree;
    private final TerritoryStore store;
    private final TerritoryGeometries geometries;

    TerritoryImport(Territories territories, TerritoryTree tree, TerritoryStore store, TerritoryGeometries geometries) {
        this.territories = territories;
        this.tree = tree;
        this.store = store;
        this.geometries = geometries;
    }

    /** One row ready to load. {@code existing} is set when the code is already stored (an update). */
    record Row(int number, String code, String name, TerritoryLevelView level, String parentCode,
            AreaType areaType, Integer population, Geometry geometry, TerritoryView existing) {
    }

    record Plan(long jurisdictionId, List<Row> rowsInLoadOrder) {
    }

    @Override
    public String type() {
        return "territories";
    }

    @Override
    public String label() {
        return "Territorios";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(CODE, "Código único del territorio en la jurisdicción (p. ej. 11 para Suba)."),
                ImportColumn.required(NAME, "Nombre oficial, con tildes."),
                ImportColumn.required(LEVEL, "Código del nivel territorial (p. ej. localidad, upz, barrio, comuna)."),
                ImportColumn.optional(PARENT, "Código del territorio padre; vacío solo para el nivel raíz."),
                ImportColumn.required(AREA, "urbana, rural o mixta."),
                ImportColumn.optional(POPULATION, "Población total, número entero."),
                ImportColumn.optional(GEOMETRY, "Forma del territorio en WKT (POLYGON((lon lat, ...))) o GeoJSON, "
                        + "coordenadas WGS84; vacía para no cambiarla."));
    }

    @Override
    public ImportValidation<Plan> validate(ImportInput input, ImportContext context) {
        long jurisdictionId = context.jurisdiction().id();
        AccessScope scope = territories.scopeOf(context.user());
        Map<String, TerritoryLevelView> levels = new HashMap<>();
        tree.levels(jurisdictionId).forEach(l -> levels.put(l.code(), l));
        List<ImportError> errors = new ArrayList<>();
        Map<String, Row> byCode = new LinkedHashMap<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        boolean jurisdictionWide = !scope.narrowed();
        int processed = 0;
        for (ImportRow r : input.rows()) {
            int before = errors.size();
            String code = r.get(CODE);
            String name = r.get(NAME);
            if (code == null) {
                errors.add(new ImportError(r.number(), CODE, "El código es obligatorio."));
            } else if (code.length() > 40) {
                errors.add(new ImportError(r.number(), CODE, "El código tiene más de 40 caracteres."));
            } else if (firstRowOfCode.containsKey(code)) {
                errors.add(
                        new ImportError(r.number(), CODE, "El código " + code + " está repetido (ya aparece en la fila "
                                + firstRowOfCode.get(code) + ")."));
            }
            if (name == null) {
                errors.add(new ImportError(r.number(), NAME, "El nombre es obligatorio."));
            } else if (name.length() > 200) {
                errors.add(new ImportError(r.number(), NAME, "El nombre tiene más de 200 caracteres."));
            }
            TerritoryLevelView level = null;
            String levelCode = r.get(LEVEL);
            if (levelCode == null) {
                errors.add(new ImportError(r.number(), LEVEL, "El nivel es obligatorio."));
            } else {
                level = levels.get(levelCode.toLowerCase());
                if (level == null) {
                    errors.add(new ImportError(r.number(), LEVEL, "El nivel '" + levelCode + "' no existe. Niveles: "
                            + String.join(", ", levels.keySet()) + "."));
                }
            }
            AreaType area = null;
            String areaText = r.get(AREA);
            if (areaText == null) {
                errors.add(new ImportError(r.number(), AREA, "Indique urbana, rural o mixta."));
            } else {
                area = AreaType.parse(areaText).orElse(null);
                if (area == null) {
                    errors.add(new ImportError(r.number(), AREA,
                            "'" + areaText + "' no es válido: use urbana, rural o mixta."));
                }
            }
            Integer population = null;
            String popText = r.get(POPULATION);
            if (popText != null) {
                try {
                    long p = ImportNumbers.integer(popText);
                    if (p < 0 || p > Integer.MAX_VALUE) {
                        errors.add(new ImportError(r.number(), POPULATION,
                                "La población debe ser un entero entre 0 y 2.147.483.647."));
                    } else {
                        population = (int) p;
                    }
                } catch (NumberFormatException e) {
                    errors.add(new ImportError(r.number(), POPULATION, "La población " + e.getMessage() + "."));
                }
            }
            Geometry geometry = null;
            String geometryText = r.get(GEOMETRY);
            if (geometryText != null) {
                ParsedGeometry parsed = geometries.parse(geometryText);
                if (parsed.valid()) {
                    geometry = parsed.geometry();
                } else {
                    errors.add(new ImportError(r.number(), GEOMETRY, parsed.error()));
                }
            }
            TerritoryView existing = null;
            if (code != null && code.length() <= 40) {
                existing = territories.byCode(jurisdictionId, code).orElse(null);
                if (existing != null) {
                    if (!scope.includes(existing.jurisdictionId(), existing.path())) {
                        errors.add(new ImportError(r.number(), CODE,
                                "El territorio " + code + " está fuera de su alcance."));
                    } else if (level != null && !existing.levelCode().equals(level.code())) {
                        errors.add(new ImportError(r.number(), LEVEL, "El territorio " + code + " ya existe con nivel "
                                + existing.levelCode() + "; la importación no cambia el nivel."));
                    }
                }
                firstRowOfCode.putIfAbsent(code, r.number());
            }
            if (errors.size() == before) {
                byCode.put(code, new Row(r.number(), code, name, level, r.get(PARENT), area, population, geometry,
                        existing));
            }
            context.progress(++processed);
        }
        errors.addAll(checkParents(byCode, jurisdictionId, scope, jurisdictionWide, context));
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportError::row));
            return new ImportValidation<>(input.rows().size(), errors, null);
        }
        return new ImportValidation<>(input.rows().size(), List.of(),
                new Plan(jurisdictionId, loadOrder(byCode)));
    }

    private List<ImportError> checkParents(Map<String, Row> rows, long jurisdictionId, AccessScope scope,
            boolean jurisdictionWide, ImportContext context) {
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
