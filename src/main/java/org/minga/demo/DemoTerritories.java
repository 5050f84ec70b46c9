package org.minga.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.minga.platform.DemoDataset;
import org.minga.platform.ImportContext;
import org.minga.platform.Imports;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo territorial trees, loaded from the CSV files in {@code demo/territories/} through the same
 * "territories" import a user runs, so the demo files double as examples of the import format.
 */
@Component
record DemoTerritories(Jurisdictions jurisdictions, Imports imports) implements DemoDataset {

    private static final Map<String, String> FILES = Map.of(
            "11001", "demo/territories/bogota.csv",
            "54001", "demo/territories/cucuta.csv",
            "05601", "demo/territories/san-antonio.csv");

    @Override
    public String name() {
        return "territories";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load() {
        FILES.forEach((code, resource) -> {
            Jurisdiction j = jurisdictions.byCode(code).orElseThrow();
            imports.importNow("territories", resource, bytes(resource), new ImportContext(DemoActor.SYSTEM, j, n -> {
            }));
        });
    }

    static byte[] bytes(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
