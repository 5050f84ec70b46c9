package org.minga.territory.internal.geometry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.territory.GeometryImportResult;
import org.minga.territory.TerritoryGeometries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 20 localidades of Bogotá D.C. (IDECA / Alcaldía Mayor de Bogotá, CC BY-SA 4.0), loaded onto the demo
 * territories with codes "01".."20" of jurisdiction 11001, after those territories exist.
 */
@Component
record BogotaGeometryDemo(Jurisdictions jurisdictions, TerritoryGeometries geometries) implements DemoDataset {

    static final String RESOURCE = "demo/geo/bogota-localidades.geojson";
    static final String ATTRIBUTION = "Localidades de Bogotá D.C., IDECA / Alcaldía Mayor de Bogotá, CC BY-SA 4.0";
    private static final Logger log = LoggerFactory.getLogger(BogotaGeometryDemo.class);

    @Override
    public String name() {
        return "bogota-localidades-geometry";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load() {
        jurisdictions.byCode("11001").ifPresentOrElse(bogota -> {
            CurrentUser system = CurrentUser.demoLoader();
            GeometryImportResult result = geometries.importFeatureCollection(bogota.id(), withAttribution(), system);
            if (!result.valid()) {
                // the demo territories do not match the file: say why instead of failing the start-up
                throw new IllegalStateException("Las geometrías de demostración de Bogotá no cargaron: "
                        + result.errors().stream().map(e -> "entidad " + e.row() + ": " + e.message())
                                .collect(Collectors.joining("; ")));
            }
            log.info("Demo shapes of Bogotá: {} localidades", result.loaded());
        }, () -> log.info("No jurisdiction 11001: the demo shapes of Bogotá are not loaded"));
    }

    static String withAttribution() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode collection = (ObjectNode) json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            collection.put("attribution", ATTRIBUTION);
            return json.writeValueAsString(collection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
