package org.minga.household.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.util.Locale;

import javax.sql.DataSource;

import org.minga.BenchmarkRun;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What each index and key of {@code person} (and of {@code data_authorization}) costs a bulk load: the persons of
 * a benchmark import (default 200,000) copied again into a copy of the table, adding one index or key at a time,
 * twice per step after a checkpoint. Not part of the test suite; run with {@code bench/households-costs.sh [n]}.
 */
public final class PersonCopyCost {

    private PersonCopyCost() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        BenchmarkRun.run("bench-households-costs", ctx -> {
            HouseholdBenchmark.run(ctx, n, 0, 0, false);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            DataSource ds = ctx.getBean(DataSource.class);
            byte[] persons = copyOut(ds, "copy (select * from person where document_number like '1%') to stdout");
            jdbc.sql("create table px (like person including defaults)").update();
            String[] steps = {
                    "",
                    "alter table px add primary key (id)",
                    "create unique index on px (jurisdiction_id, document_number, document_type) where document_number is not null and merged_into is null",
                    "create index on px (jurisdiction_id, birth_date)",
                    "create index on px (household_id)",
                    "create index on px (jurisdiction_id, territory_path varchar_pattern_ops)",
                    "create index pxw on px using gin (to_tsvector('simple', name_key))",
                    "alter table px add foreign key (territory_id, jurisdiction_id) references territory (id, jurisdiction_id)",
                    "alter table px add foreign key (household_id) references household (id)",
                    "drop index pxw",
                    "create index pxt on px using gin (name_key gin_trgm_ops)",
            };
            for (String step : steps) {
                if (!step.isEmpty()) {
                    jdbc.sql("truncate px").update();
                    jdbc.sql(step).update();
                }
                time(jdbc, ds, "px", "", persons, "persons, " + (step.isEmpty() ? "no index, no key" : "+ " + step));
            }
            byte[] authorizations = copyOut(ds,
                    "copy (select id, jurisdiction_id, person_id, granted_by_name, granted_by_document, "
                            + "by_guardian, guardian_relation, channel, purposes, evidence, sensitive_data, granted_at, recorded_by "
                            + "from data_authorization) to stdout");
            String cols = " (id, jurisdiction_id, person_id, granted_by_name, granted_by_document, by_guardian, guardian_relation, "
                    + "channel, purposes, evidence, sensitive_data, granted_at, recorded_by)";
            jdbc.sql("create table ax (like data_authorization including defaults)").update();
            time(jdbc, ds, "ax", cols, authorizations, "authorizations, no index, no key");
            jdbc.sql("alter table ax add primary key (id)").update();
            jdbc.sql("create index on ax (person_id)").update();
            time(jdbc, ds, "ax", cols, authorizations, "authorizations, + primary key and index of person");
            jdbc.sql("alter table ax add foreign key (jurisdiction_id) references jurisdiction (id)").update();
            time(jdbc, ds, "ax", cols, authorizations, "authorizations, + key of jurisdiction");
        });
    }

    static byte[] copyOut(DataSource ds, String sql) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection c = ds.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
        }
        return out.toByteArray();
    }

    static void time(JdbcClient jdbc, DataSource ds, String table, String columns, byte[] rows, String what)
            throws Exception {
        for (int rep = 0; rep < 2; rep++) {
            jdbc.sql("truncate " + table).update();
            jdbc.sql("checkpoint").update();
            long t0 = System.nanoTime();
            try (Connection c = ds.getConnection()) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + columns + " from stdin",
                        new ByteArrayInputStream(rows));
            }
            System.out.println(String.format(Locale.ROOT, "COPY of %s: %.2f s", what, (System.nanoTime() - t0) / 1e9));
        }
    }
}
