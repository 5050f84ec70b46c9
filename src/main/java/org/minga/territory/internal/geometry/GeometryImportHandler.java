package org.minga.territory.internal.geometry;

import java.util.List;

import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportKind;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportValidation;
import org.springframework.stereotype.Component;

/** The import type "geometry": a GeoJSON FeatureCollection of territory shapes. */
@Component
record GeometryImportHandler(FeatureCollectionImport importer) implements ImportHandler<FeatureCollectionImport.Plan> {

    static final ImportKind KIND = ImportKind.of("geometry", "Geometría (GeoJSON)");

    @Override
    public ImportKind kind() {
        return KIND;
    }

    @Override
    public boolean tabular() {
        return false;
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
