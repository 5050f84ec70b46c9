package org.minga.household.internal;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real floor of the households import (issue 26): the rows the import just wrote (its households, persons and
 * authorizations) copied out and {@code COPY}-ed again, in one transaction and after a checkpoint, into tables made
 * {@code like} the product's ones {@code including all} (every index, unique key, check and default) plus every
 * foreign key the product's tables carry, pointing at the same tables. What the import takes beyond that is its own
 * overhead: reading and checking the file, duplicates against the database, ids, alert rules, the rollup triggers,
 * the job's bookkeeping. The first of two runs warms the cache; the second is the figure.
 */
final class ImportFloor {

    private static final List<String> TABLES = List.of("household", "person", "data_authorization");

    private ImportFloor() {
    }

    /** Returns the floor in seconds and prints its split. */
    static double measure(JdbcClient jdbc, DataSource ds, long jurisdictionId, List<String> out) throws Exception {
        String[] selects = {
                "select * from household where jurisdiction_id = " + jurisdictionId,
                "select * from person where jurisdiction_id = " + jurisdictionId,
                "select a.* from data_authorization a join person p on p.id = a.person_id where p.jurisdiction_id = "
                        + jurisdictionId};
        byte[][] rows = new byte[TABLES.size()][];
        for (int i = 0; i < TABLES.size(); i++) {
            rows[i] = PersonCopyCost.copyOut(ds, "copy (" + selects[i] + ") to stdout");
        }
        for (String table : TABLES) {
            jdbc.sql("drop table if exists floor_" + table).update();
            jdbc.sql("create table floor_" + table + " (like " + table + " including all)").update();
            for (String key : jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conrelid = '"
                    + table + "'::regclass and contype = 'f' order by conname").query(String.class).list()) {
                jdbc.sql("alter table floor_" + table + " add " + key).update();
            }
        }
        double[] secs = new double[TABLES.size()];
        for (int rep = 0; rep < 2; rep++) {
            for (String table : TABLES) {
                jdbc.sql("truncate floor_" + table).update();
            }
            jdbc.sql("checkpoint").update();
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                for (int i = 0; i < TABLES.size(); i++) {
                    long t0 = System.nanoTime();
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy floor_" + TABLES.get(i) + " from stdin",
                            new ByteArrayInputStream(rows[i]));
                    secs[i] = (System.nanoTime() - t0) / 1e9;
                }
                long t0 = System.nanoTime();
                c.commit();
                secs[TABLES.size() - 1] += (System.nanoTime() - t0) / 1e9;
            }
        }
        double floor = secs[0] + secs[1] + secs[2];
        out.add(String.format(Locale.ROOT,
                "floor: the same rows COPY-ed into tables with the product's indexes and keys: %.1f s "
                        + "(households %.1f s, persons %.1f s, authorizations %.1f s)",
                floor, secs[0], secs[1], secs[2]));
        for (String table : TABLES) {
            jdbc.sql("drop table floor_" + table).update();
        }
        return floor;
    }
}
