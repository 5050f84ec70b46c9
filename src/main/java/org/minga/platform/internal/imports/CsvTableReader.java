package org.minga.platform.internal.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.minga.platform.TableExport;

/** Reads a CSV file in any of the encodings and delimiters people save, quotes and embedded newlines included. */
final class CsvTableReader {

    private CsvTableReader() {
    }

    static Table read(byte[] bytes) {
        return read(TextEncoding.detect(bytes).decode(bytes));
    }

    static Table read(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(CsvDelimiter.detect(text))
                .setIgnoreEmptyLines(false) // keep blank lines so row numbers match the spreadsheet
                .setTrim(false)
                .get();
        Integer headerRow = null;
        List<String> header = List.of();
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList().stream().map(CsvTableReader::unquoted).toList();
                if (Table.blank(cells)) {
                    continue;
                }
                if (headerRow == null) {
                    headerRow = number;
                    header = cells;
                } else {
                    rows.add(new Table.Row(number, cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("El archivo CSV está mal formado (revise que las comillas estén "
                    + "cerradas): " + messageOf(e), e);
        }
        return new Table(headerRow == null ? 1 : headerRow, header, rows);
    }

    /**
     * A cell Minga exported with a leading quote so that a spreadsheet reads it as text ({@code '=SUMA(...)}) comes
     * back as it was typed, so an export imports back unchanged.
     */
    static String unquoted(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && TableExport.looksLikeFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static String messageOf(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
