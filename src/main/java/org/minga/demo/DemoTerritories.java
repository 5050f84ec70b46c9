package org.minga.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportRow;
import org.minga.platform.ImportValidation;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.DemoDataset;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo territorial trees, loaded from the CSV files in {@code demo/territories/} through the same
 * "territories" import a user runs, so the demo files double as examples of the import format.
 */
@Component
class DemoTerritories implements DemoDataset {

    private static final Map<String, String> FILES = Map.of(
            "11001", "demo/territories/bogota.csv",
            "54001", "demo/territories/cucuta.csv",
            "05601", "demo/territories/san-antonio.csv");

    private final Jurisdictions jurisdictions;
    private final List<ImportHandler<?>> handlers;

    DemoTerritories(Jurisdictions jurisdictions, List<ImportHandler<?>> handlers) {
        this.jurisdictions = jurisdictions;
        this.handlers = handlers;
    }

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
        ImportHandler<?> handler = handlers.stream().filter(h -> h.type().equals("territories")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No territories import handler"));
        for (var file : FILES.entrySet()) {
            Jurisdiction j = jurisdictions.byCode(file.getKey()).orElseThrow();
            run(handler, j, file.getValue());
        }
    }

    private static <P> void run(ImportHandler<P> handler, Jurisdiction jurisdiction, String resource) {
        ImportContext context = new ImportContext(DemoActor.SYSTEM, jurisdiction, n -> { });
        ImportInput input = new ImportInput(resource, new byte[0], StandardCharsets.UTF_8, rows(resource));
        ImportValidation<P> validation = handler.validate(input, context);
        if (!validation.valid()) {
            throw new IllegalStateException("Demo file " + resource + " is invalid: " + validation.errors());
        }
        handler.load(validation.plan(), context);
    }

    static List<ImportRow> rows(String resource) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>(record.toMap());
                rows.add(new ImportRow((int) record.getRecordNumber() + 1, values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
