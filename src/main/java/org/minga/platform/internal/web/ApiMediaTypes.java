package org.minga.platform.internal.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The media type of each successful answer as Minga sends it: springdoc writes {@code *}{@code /*} for every
 * handler without {@code produces}; JSON answers are {@code application/json} with their schema, files (PDF, CSV,
 * XLSX, iCalendar) their own type, shapes {@code application/geo+json}.
 */
final class ApiMediaTypes {

    private static final String ANY = "*/*";
    private static final String GEO_JSON = "application/geo+json";

    private ApiMediaTypes() {
    }

    static void successes(String path, Operation op) {
        if (op.getResponses() == null) {
            return;
        }
        op.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null && response.getContent().containsKey(ANY)) {
                response.setContent(typed(path, op, response.getContent().get(ANY).getSchema()));
            }
            if (status.startsWith("2") && response.getContent() != null
                    && response.getContent().containsKey(GEO_JSON)) {
                response.getContent().values().forEach(media -> media.setSchema(geoJson()));
            }
        });
    }

    private static Content typed(String path, Operation op, Schema<?> schema) {
        // OpenAPI 3.1 keeps the type in "types"; 3.0 in "type"
        boolean text = schema != null && schema.get$ref() == null && ("string".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().contains("string"));
        if (path.endsWith("/geometry")) {
            return one(GEO_JSON, geoJson());
        }
        if (!text) {
            return one("application/json", schema);
        }
        if (path.endsWith(".pdf") || path.endsWith("/pdf")) {
            return one("application/pdf", binary());
        }
        if (path.endsWith(".ics")) {
            return one("text/calendar", new StringSchema());
        }
        if (path.endsWith(".csv")) {
            return one("text/csv", new StringSchema());
        }
        if (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> "format".equals(p.getName()))) {
            return new Content().addMediaType("text/csv", new MediaType().schema(new StringSchema()))
                    .addMediaType(org.minga.platform.TableExport.XLSX_TYPE, new MediaType().schema(binary()));
        }
        return one("application/octet-stream", binary());
    }

    private static Content one(String type, Schema<?> schema) {
        return new Content().addMediaType(type, new MediaType().schema(schema));
    }

    private static Schema<?> binary() {
        return new StringSchema().format("binary");
    }

    /** RFC 7946: a Feature or a FeatureCollection, with Minga's extra {@code jurisdiction} and {@code attribution}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> geoJson() {
        Schema geometry = new ObjectSchema()
                .description("Point, Polygon o MultiPolygon; posiciones [longitud, latitud].")
                .addProperty("type", new StringSchema()._enum(java.util.List.of("Point", "Polygon", "MultiPolygon")))
                .addProperty("coordinates", new io.swagger.v3.oas.models.media.ArraySchema().items(new Schema<>()));
        Schema feature = new ObjectSchema().addProperty("type", new StringSchema()._enum(java.util.List.of("Feature")))
                .addProperty("id", new io.swagger.v3.oas.models.media.IntegerSchema().format("int64"))
                .addProperty("properties", new ObjectSchema().additionalProperties(true))
                .addProperty("geometry", geometry);
        return new ObjectSchema().description("GeoJSON (RFC 7946): Feature, o FeatureCollection con features.")
                .addProperty("type", new StringSchema()._enum(java.util.List.of("Feature", "FeatureCollection")))
                .addProperty("features", new io.swagger.v3.oas.models.media.ArraySchema().items(feature))
                .addProperty("properties", new ObjectSchema().additionalProperties(true))
                .addProperty("geometry", geometry)
                .addProperty("jurisdiction", new StringSchema())
                .addProperty("attribution", new StringSchema())
                .required(java.util.List.of("type"));
    }

}
