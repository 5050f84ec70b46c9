package org.minga.privacy;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * PostgreSQL COPY ... FROM STDIN (CSV) on the connection of the current transaction, for bulk loads of
 * personal data (the import of households and persons, their authorizations).
 */
public final class Copy {

    private Copy() {
    }

    public interface RowWriter {
        void write(Writer out) throws IOException;
    }

    /** Runs the COPY statement, streaming what {@code rows} writes; returns the rows copied. */
    public static long in(DataSource dataSource, String copySql, RowWriter rows) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = c.unwrap(PGConnection.class);
            org.postgresql.copy.CopyIn in = pg.getCopyAPI().copyIn(copySql);
            try (Writer w = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(new org.postgresql.copy.PGCopyOutputStream(in),
                            java.nio.charset.StandardCharsets.UTF_8),
                    1 << 16)) {
                rows.write(w);
            }
            return in.getHandledRowCount();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY falló: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** Writes one CSV row: nulls as empty unquoted fields, everything else quoted. */
    public static void row(Writer out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String s = v.toString();
            out.write('"');
            if (s.indexOf('"') >= 0) {
                s = s.replace("\"", "\"\"");
            }
            out.write(s);
            out.write('"');
        }
        out.write('\n');
    }
}
