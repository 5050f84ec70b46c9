package org.minga.territory.internal.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import lombok.RequiredArgsConstructor;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * In-memory R-tree of prepared shapes per jurisdiction, built on first use and rebuilt when the
 * jurisdiction's {@code geometry_revision} moves (another instance, or this one, changed a shape).
 * It holds only ids and shapes: paths and names are read fresh for the few candidates of each query.
 */
@Component
@RequiredArgsConstructor
class ShapeIndex {

    private static final Logger log = LoggerFactory.getLogger(ShapeIndex.class);

    private record Entry(long territoryId, PreparedGeometry shape) {
    }

    private record Built(long revision, STRtree tree) {
    }

    private final GeometryReadModel reads;
    private final GeometryRepository store;
    private final Map<Long, Built> built = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    /** Ids of the territories of the jurisdiction whose shape covers the point (border included). */
    List<Long> covering(long jurisdictionId, double lon, double lat) {
        STRtree tree = current(jurisdictionId);
        Point point = GeometryReader.FACTORY.createPoint(new Coordinate(lon, lat));
        List<Long> ids = new ArrayList<>(4);
        for (Object o : tree.query(new Envelope(lon, lon, lat, lat))) {
            Entry e = (Entry) o;
            if (e.shape().covers(point)) {
                ids.add(e.territoryId());
            }
        }
        return ids;
    }

    private STRtree current(long jurisdictionId) {
        long revision = store.revision(jurisdictionId);
        Built b = built.get(jurisdictionId);
        if (b != null && b.revision() == revision) {
            return b.tree();
        }
        synchronized (locks.computeIfAbsent(jurisdictionId, k -> new Object())) {
            b = built.get(jurisdictionId);
            if (b != null && b.revision() == revision) {
                return b.tree();
            }
            Built fresh = build(jurisdictionId, revision);
            built.put(jurisdictionId, fresh);
            return fresh.tree();
        }
    }

    private Built build(long jurisdictionId, long revision) {
        long start = System.nanoTime();
        GeoJsonReader reader = new GeoJsonReader(GeometryReader.FACTORY);
        PreparedGeometryFactory prepared = new PreparedGeometryFactory();
        STRtree tree = new STRtree();
        int[] count = {0};
        reads.eachShape(jurisdictionId, (territoryId, geojson) -> {
            try {
                var g = reader.read(geojson);
                tree.insert(g.getEnvelopeInternal(), new Entry(territoryId, prepared.create(g)));
                count[0]++;
            } catch (ParseException e) {
                log.error("Stored shape of territory {} cannot be read; it is left out of the index", territoryId, e);
            }
        });
        tree.build();
        log.info("Shape index of jurisdiction {} (revision {}): {} shapes in {} ms", jurisdictionId, revision,
                count[0], (System.nanoTime() - start) / 1_000_000);
        return new Built(revision, tree);
    }
}
