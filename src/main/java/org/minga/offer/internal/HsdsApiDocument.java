package org.minga.offer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The answers of the HSDS API in the OpenAPI document typed with the official Open Referral HSDS 3.0 schemas
 * (issue 18): {@code openapi/hsds-3.0-components.json}, written from the compiled schemas by
 * {@code bin/hsds-openapi-components.py}, one component per HSDS object; lists are the HSDS {@code Page} with their
 * {@code contents}, as the HSDS OpenAPI declares them.
 */
@Component
record HsdsApiDocument() implements OpenApiCustomizer {

    private static final String PATH = "/api/v1/hsds";
    private static final String COMPONENTS = "/openapi/hsds-3.0-components.json";

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        components().forEach(components::addSchemas);
        answer(api, "", ref("HsdsAbout"));
        answer(api, "/", ref("HsdsAbout"));
        answer(api, "/services", page(anyOf(
                "service_list por omisión; service con full=true; solo id y last_modified con minimal=true.",
                ref("HsdsServiceList"), ref("HsdsService"), minimal())));
        answer(api, "/services/{id}", ref("HsdsService"));
        answer(api, "/organizations", page(anyOf("organization_list por omisión; organization con full=true o "
                + "full_service=true.", ref("HsdsOrganizationList"), ref("HsdsOrganization"))));
        answer(api, "/organizations/{id}", ref("HsdsOrganization"));
        answer(api, "/service_at_locations", page(anyOf("service_at_location_list por omisión; service_at_location "
                + "con full=true.", ref("HsdsServiceAtLocationList"), ref("HsdsServiceAtLocation"))));
        answer(api, "/service_at_locations/{id}", ref("HsdsServiceAtLocation"));
        answer(api, "/taxonomies", page(ref("HsdsTaxonomy")));
        answer(api, "/taxonomies/{id}", ref("HsdsTaxonomy"));
        answer(api, "/taxonomy_terms", page(ref("HsdsTaxonomyTerm")));
        answer(api, "/taxonomy_terms/{id}", ref("HsdsTaxonomyTerm"));
    }

    private static void answer(OpenAPI api, String path, Schema<?> schema) {
        PathItem item = api.getPaths().get(PATH + path);
        if (item == null || item.getGet() == null || item.getGet().getResponses() == null) {
            return;
        }
        ApiResponse ok = item.getGet().getResponses().get("200");
        if (ok != null) {
            ok.setContent(new Content().addMediaType("application/json", new MediaType().schema(schema)));
        }
    }

    private static Schema<?> ref(String component) {
        return new Schema<>().$ref("#/components/schemas/" + component);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> page(Schema<?> item) {
        Schema contents = new ObjectSchema().addProperty("contents", new ArraySchema().items(item));
        return new Schema<>().allOf(List.of(ref("HsdsPage"), contents));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> anyOf(String description, Schema<?>... choices) {
        return new Schema().description(description).anyOf(List.of(choices));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> minimal() {
        return new ObjectSchema().description("Lo mínimo para cosechar: el id y la última modificación.")
                .addProperty("id", new Schema<>().type("string").format("uuid"))
                .addProperty("last_modified", new Schema<>().type("string").format("date-time"))
                .required(List.of("id"));
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> components() {
        try (InputStream in = HsdsApiDocument.class.getResourceAsStream(COMPONENTS)) {
            if (in == null) {
                throw new IllegalStateException("Falta " + COMPONENTS + " en el classpath.");
            }
            return Json31.mapper().readValue(in, new TypeReference<Map<String, Schema>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
