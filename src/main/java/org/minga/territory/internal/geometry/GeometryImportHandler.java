package org.minga.territory.internal.geometry;

import java.util.List;

import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportValidation;
import org.springframework.stereotype.Component;

/** The import type "geometry": a GeoJSON FeatureCollection of territory shapes. */
@Component
record GeometryImportHandler(FeatureCollectionImport importer) implements ImportHandler<FeatureCollectionImport.Plan> {

    @Override
    public String type() {
        return "geometry";
    }

    @Override
    public String label() {
        return "Geometría (GeoJSON)";
    }

    @Override
    public boolean tabular() {
        return false;
    }

    @Override
    public List<String> extensions() {
        return List.of("geojson", "json");
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of();
    }

    @Override
    public ImportValidation<FeatureCollectionImport.Plan> validate(ImportInput input, ImportContext context) {
        return importer.validate(input.text(), context.jurisdiction(), context.user(), context::progress);
    }

    @Override
    public int load(FeatureCollectionImport.Plan plan, ImportContext context) {
        return importer.load(plan, context.user(), context::progress);
    }
}
