package org.minga.platform.internal.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportError;
import org.minga.platform.TableExport;

/**
 * The CSV files Minga hands out: the error report and the empty template of a type. UTF-8 with a byte order
 * mark and ";" between fields, which is what Excel in es-CO opens with accents and columns right.
 */
final class ImportCsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    private ImportCsvFiles() {
    }

    static byte[] errorReport(List<ImportError> errors) {
        return write(printer -> {
            printer.printRecord("fila", "columna", "problema");
            for (ImportError e : errors) {
                printer.printRecord(e.row() > 0 ? String.valueOf(e.row()) : "", TableExport.cellText(e.column()),
                        TableExport.cellText(e.message()));
            }
        });
    }

    static byte[] template(List<ImportColumn> columns) {
        return write(
                printer -> printer.printRecord(columns.stream().map(c -> TableExport.cellText(c.name())).toList()));
    }

    private interface Body {
        void print(CSVPrinter printer) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            body.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
