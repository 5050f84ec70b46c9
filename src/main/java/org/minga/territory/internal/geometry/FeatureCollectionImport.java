package org.minga.territory.internal.geometry;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.ImportError;
import org.minga.platform.ImportValidation;
import org.minga.platform.Jurisdiction;
import org.minga.territory.ParsedGeometry;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Validates and loads a GeoJSON FeatureCollection of territory shapes. Each feature is matched to a
 * territory of the jurisdiction by {@code code} (or {@code codigo}), else by {@code name} (or {@code nombre})
 * ignoring case and accents; only territories in the user's scope. Used by the import framework and by code.
 */
@Component
record FeatureCollectionImport(Territories territories, GeometryRepository store, AuditLog audit) {

    /** The shapes to store, ready. {@code attribution} comes from the collection's "attribution" member. */
    record Plan(long jurisdictionId, List<Shape> shapes, String attribution) {
    }

    record Shape(int feature, TerritoryView territory, Geometry geometry) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    ImportValidation<Plan> validate(String text, Jurisdiction jurisdiction, CurrentUser user, IntConsumer progress) {
        List<ImportError> errors = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(text == null ? "" : text.strip());
        } catch (JsonProcessingException e) {
            errors.add(new ImportError(0, null, "El archivo no es JSON válido: " + e.getOriginalMessage()
                    + " (línea " + e.getLocation().getLineNr() + ", columna " + e.getLocation().getColumnNr() + ")."));
            return new ImportValidation<>(0, errors, null);
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            String type = root == null ? "" : root.path("type").asText("");
            errors.add(new ImportError(0, "type", "El archivo debe ser una FeatureCollection de GeoJSON"
                    + (type.isEmpty() ? "." : ", y es «" + type + "».")));
            return new ImportValidation<>(0, errors, null);
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            errors.add(new ImportError(0, "features", "La FeatureCollection no tiene entidades ('features')."));
            return new ImportValidation<>(0, errors, null);
        }
        if (!AccessPolicy.reachesJurisdiction(user, Capability.MANAGE_TERRITORY, jurisdiction.id())) {
            errors.add(new ImportError(0, null, "No puede importar geometrías en " + jurisdiction.name() + "."));
            return new ImportValidation<>(features.size(), errors, null);
        }
        AccessScope scope = territories.scopeOf(user);
        List<Shape> shapes = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            int number = i + 1;
            JsonNode feature = features.get(i);
            if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
                errors.add(new ImportError(number, "type", "La entidad " + number + " no es un Feature de GeoJSON."));
                continue;
            }
            TerritoryView territory = match(number, feature.path("properties"), jurisdiction, scope, errors);
            if (territory != null) {
                Integer first = seen.putIfAbsent(territory.id(), number);
                if (first != null) {
                    errors.add(new ImportError(number, "code", "El territorio " + territory.name()
                            + " ya tiene una geometría en la entidad " + first + " del archivo."));
                    territory = null;
                }
            }
            ParsedGeometry parsed = GeometryReader.fromGeoJson(feature.get("geometry"));
            if (!parsed.valid()) {
                errors.add(new ImportError(number, "geometry", parsed.error()));
            } else if (territory != null) {
                shapes.add(new Shape(number, territory, parsed.geometry()));
            }
            progress.accept(number);
        }
        String attribution = root.hasNonNull("attribution") ? limit(root.get("attribution").asText(), 300) : null;
        return new ImportValidation<>(features.size(), errors,
                errors.isEmpty() ? new Plan(jurisdiction.id(), shapes, attribution) : null);
    }

    private TerritoryView match(int number, JsonNode props, Jurisdiction jurisdiction, AccessScope scope,
            List<ImportError> errors) {
        String codeProperty = props.hasNonNull("code") ? "code" : props.hasNonNull("codigo") ? "codigo" : null;
        String nameProperty = props.hasNonNull("name") ? "name" : props.hasNonNull("nombre") ? "nombre" : null;
        TerritoryView found;
        String column;
        String code = codeProperty == null ? "" : props.get(codeProperty).asText().strip();
        if (!code.isEmpty()) {
            column = codeProperty;
            found = territories.byCode(jurisdiction.id(), code).orElse(null);
            if (found == null) {
                errors.add(new ImportError(number, column, "No existe un territorio con código «" + code + "» en "
                        + jurisdiction.name() + "."));
                return null;
            }
        } else if (nameProperty != null && !props.get(nameProperty).asText().isBlank()) {
            column = nameProperty;
            String name = props.get(nameProperty).asText().strip();
            List<TerritoryView> candidates = territories.byName(jurisdiction.id(), name);
            if (candidates.isEmpty()) {
                errors.add(new ImportError(number, column, "No existe un territorio llamado «" + name + "» en "
                        + jurisdiction.name() + "."));
                return null;
            }
            if (candidates.size() > 1) {
                errors.add(new ImportError(number, column, "El nombre «" + name + "» corresponde a varios territorios: "
                        + candidates.stream().map(t -> t.name() + " (" + t.levelName() + ", código " + t.code() + ")")
                                .collect(Collectors.joining(", "))
                        + ". Indique el código en la propiedad 'code'."));
                return null;
            }
            found = candidates.get(0);
        } else {
            errors.add(new ImportError(number, "code", "La entidad no tiene la propiedad 'code' ni 'name' "
                    + "para saber a qué territorio corresponde."));
            return null;
        }
        if (!scope.includes(found.jurisdictionId(), found.path())) {
            errors.add(new ImportError(number, column, "El territorio " + found.label()
                    + " está fuera de su alcance."));
            return null;
        }
        return found;
    }

    /** Stores every shape, bumps the revision and audits, in the caller's transaction. */
    int load(Plan plan, CurrentUser user, IntConsumer progress) {
        List<GeometryRepository.Row> rows = plan.shapes().stream()
                .map(s -> new GeometryRepository.Row(s.territory().id(), s.geometry())).toList();
        store.upsert(plan.jurisdictionId(), rows, plan.attribution(), user.username());
        store.bumpRevision(plan.jurisdictionId());
        progress.accept(rows.size());
        audit.record("IMPORT", "territory_geometry", null, plan.jurisdictionId(),
                "Geometrías importadas: " + rows.size() + " territorios", null,
                Map.of("territories", plan.shapes().stream().map(s -> s.territory().code()).toList()));
        return rows.size();
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
