package org.minga.platform.internal.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the generated OpenAPI document lacks for a client generator (issue 18): the ways to sign in, operation ids
 * and summaries named after what each operation does ({@link OperationNames}), every error answer with the
 * Problem Details schema, and the real media type of each answer instead of {@code *}{@code /*}.
 */
@Component
record ApiDocument() implements OpenApiCustomizer {

    static final String PROBLEM = "application/problem+json";
    static final String BEARER = "bearerToken";
    static final String BASIC = "basicAuth";
    static final String SESSION = "sessionCookie";
    /** Paths anyone may read without signing in (the Open Referral directory). */
    private static final String PUBLIC_PREFIX = "/api/v1/hsds";

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title("Minga API").version("v1").description("""
                API de Minga (gestión social integral del territorio). JSON bajo /api/v1; listas paginadas con \
                ?page=0&size=50; errores como Problem Details (RFC 9457) con mensajes en español."""));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        securitySchemes(components);
        errorSchemas(components);
        api.addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
        if (api.getPaths() == null) {
            return;
        }
        // "/api/v1/hsds/" answers as "/api/v1/hsds": one path in the document, without the trailing slash
        api.getPaths().keySet().removeIf(path -> path.length() > 1 && path.endsWith("/"));
        Map<String, Integer> uses = new HashMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> uses.merge(OperationNames.of(method.name(), path), 1, Integer::sum)));
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String id = OperationNames.of(method.name(), path);
            op.setOperationId(uses.get(id) > 1 ? OperationNames.of(method.name(), path, false) : id);
            op.setSummary(OperationNames.summary(op.getOperationId()));
            if (path.startsWith(PUBLIC_PREFIX)) {
                op.setSecurity(List.of());
            }
            ApiMediaTypes.successes(path, op);
            errors(path, method, op);
        }));
    }

    private static void securitySchemes(Components components) {
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("minga_<id>_<secreto>").description("""
                        Token de API (Tokens de API en la cuenta, o POST /api/v1/tokens): \
                        Authorization: Bearer minga_<id>_<secreto>. El camino rápido y el recomendado."""));
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description(
                        """
                                Usuario y contraseña en cada llamada. Funciona pero es lento a propósito: cada llamada verifica \
                                el hash Argon2 de la contraseña (decenas de ms de CPU) y cuenta para el límite de intentos \
                                fallidos. Use un token."""));
        components.addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("JSESSIONID").description("""
                        La sesión de las páginas (inicio de sesión con formulario u OIDC); las escrituras piden además \
                        el token CSRF (cabecera X-CSRF-TOKEN)."""));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void errorSchemas(Components components) {
        Schema fieldError = new ObjectSchema().description("Un problema de un campo.")
                .addProperty("field", new StringSchema().description("El campo, con su ruta (members[0].actor)."))
                .addProperty("message", new StringSchema().description("El problema, en español."))
                .required(List.of("field", "message"));
        components.addSchemas("FieldError", fieldError);
        Schema problem = new ObjectSchema().description("RFC 9457 Problem Details, en español.")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Datos no válidos"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("Revise los campos indicados."))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("Solo en errores de datos: un elemento por campo."))
                .required(List.of("title", "status"));
        components.addSchemas("Problem", problem);
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("BadRequest", "Datos no válidos: cada campo con su problema, en español.");
        errors.put("Unauthorized", "Sin credenciales, o un token vencido, revocado o desconocido.");
        errors.put("Forbidden", "Su rol o su territorio no alcanzan para esta acción o este registro.");
        errors.put("NotFound", "No existe, o no está en su alcance.");
        errors.put("Conflict", "Choca con lo guardado: un código repetido, o alguien editó el registro antes.");
        errors.put("UnsupportedMediaType", "El cuerpo no es application/json.");
        errors.put("TooManyRequests", "Demasiadas solicitudes desde su dirección: espere lo que dice Retry-After.");
        errors.forEach((name, text) -> components.addResponses(name, new ApiResponse().description(text)
                .content(new Content().addMediaType(PROBLEM,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
    }

    private static void errors(String path, PathItem.HttpMethod method, Operation op) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        boolean open = path.startsWith(PUBLIC_PREFIX);
        boolean writes = method != PathItem.HttpMethod.GET;
        error(responses, "400", "BadRequest");
        if (!open) {
            error(responses, "401", "Unauthorized");
            error(responses, "403", "Forbidden");
        }
        if (path.contains("{")) {
            error(responses, "404", "NotFound");
        }
        if (writes) {
            error(responses, "409", "Conflict");
        }
        if (op.getRequestBody() != null) {
            error(responses, "415", "UnsupportedMediaType");
        }
        if (open) {
            error(responses, "429", "TooManyRequests");
        }
    }

    private static void error(ApiResponses responses, String status, String name) {
        responses.put(status, new ApiResponse().$ref("#/components/responses/" + name));
    }
}
