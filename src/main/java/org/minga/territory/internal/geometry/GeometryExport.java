package org.minga.territory.internal.geometry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;

/** GeoJSON Features and FeatureCollections of the stored shapes, for the API and the map. */
@Service
record GeometryExport(Territories territories, Jurisdictions jurisdictions, GeometryReadModel features,
        GeometryRepository store) {

    /** More features than a map can draw usefully; ask for a level or a parent instead. */
    static final int MAX_FEATURES = 10_000;
    private static final JsonFactory JSON = new JsonFactory();

    record FeatureRow(long id, String code, String name, String level, String levelName, Long parentId,
            String path, String geojson, String attribution) {
    }

    String feature(long territoryId, CurrentUser user) {
        TerritoryView t = territories.requireVisible(territoryId, user);
        String geojson = store.geoJson(territoryId).orElseThrow(() -> new NotFoundException(
                "El territorio " + t.name() + " no tiene geometría."));
        FeatureRow row = new FeatureRow(t.id(), t.code(), t.name(), t.levelCode(), t.levelName(), t.parentId(),
                t.path(), geojson,
                store.attribution(territoryId).orElse(null));
        return write(g -> {
            writeFeature(g, row, geojson);
        });
    }

    /** The jurisdiction of a request: the code given, else the user's own; an administrator of all must say. */
    Jurisdiction jurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }

    String collection(String jurisdictionCode, String level, Long parentId, Double simplify, CurrentUser user) {
        if (simplify != null && (!Double.isFinite(simplify) || simplify < 0 || simplify > 1)) {
            throw new ValidationException("simplify",
                    "La tolerancia de simplificación debe estar entre 0 y 1 grados (p. ej. 0.0005).");
        }
        Jurisdiction j = jurisdiction(jurisdictionCode, user);
        AccessScope scope = territories.scopeOf(user);
        String prefix = scope.likePattern();
        if (parentId != null) {
            TerritoryView parent = territories.requireVisible(parentId, user);
            if (parent.jurisdictionId() != j.id()) {
                throw new ValidationException("parent", "El territorio " + parentId + " no es de " + j.name() + ".");
            }
            // the parent's subtree, but never wider than the user's scope
            if (scope.includes(parent.jurisdictionId(), parent.path())) {
                prefix = parent.path() + "%";
            }
        }
        String levelCode = level == null || level.isBlank() ? null : level.strip();
        long count = features.count(j.id(), prefix, levelCode, parentId);
        if (count > MAX_FEATURES) {
            throw new ValidationException("level", "Hay " + count + " geometrías; el máximo por consulta es "
                    + MAX_FEATURES + ". Filtre por nivel (level) o por territorio padre (parent).");
        }
        return collection(j, features.rows(j.id(), prefix, levelCode, parentId), simplify);
    }

    private static String collection(Jurisdiction j, List<FeatureRow> rows, Double simplify) {
        Set<String> attributions = new LinkedHashSet<>();
        for (FeatureRow row : rows) {
            if (row.attribution() != null) {
                attributions.add(row.attribution());
            }
        }
        List<String> geometries = simplify == null || simplify == 0 ? rows.stream().map(FeatureRow::geojson).toList()
                : simplified(rows, simplify);
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("jurisdiction", j.code());
            if (!attributions.isEmpty()) {
                g.writeStringField("attribution", String.join(" · ", attributions));
            }
            g.writeArrayFieldStart("features");
            for (int i = 0; i < rows.size(); i++) {
                writeFeature(g, rows.get(i), geometries.get(i));
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The shapes simplified so that neighbours keep their shared borders ({@link CoverageSimplification}). */
    private static List<String> simplified(List<FeatureRow> rows, double tolerance) {
        GeoJsonReader reader = new GeoJsonReader(GeometryReader.FACTORY);
        List<Geometry> shapes = new ArrayList<>(rows.size());
        for (FeatureRow row : rows) {
            try {
                shapes.add(reader.read(row.geojson()));
            } catch (ParseException e) {
                throw new IllegalStateException("Stored shape of territory " + row.id() + " is not GeoJSON", e);
            }
        }
        return CoverageSimplification.simplify(shapes, rows.stream().map(FeatureRow::level).toList(), tolerance)
                .stream().map(GeometryRepository::toGeoJson).toList();
    }

    private static void writeFeature(JsonGenerator g, FeatureRow row, String geometry) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeNumberField("id", row.id());
        g.writeObjectFieldStart("properties");
        g.writeNumberField("id", row.id());
        g.writeStringField("code", row.code());
        g.writeStringField("name", row.name());
        g.writeStringField("level", row.level());
        g.writeStringField("levelName", row.levelName());
        if (row.parentId() != null) {
            g.writeNumberField("parentId", row.parentId());
        } else {
            g.writeNullField("parentId");
        }
        // the ancestors, so a map of a parent's children can colour a grandchild by the child it belongs to
        g.writeStringField("path", row.path());
        if (row.attribution() != null) {
            g.writeStringField("attribution", row.attribution());
        }
        g.writeEndObject();
        g.writeFieldName("geometry");
        g.writeRawValue(geometry);
        g.writeEndObject();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
