package org.minga.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An export with the columns of the matching import, as CSV (UTF-8 with BOM, for Excel) or XLSX. Every cell of
 * every spreadsheet Minga hands out is written through {@link #cellText} (CSV) or {@link #setCell} (XLSX), so a
 * text a person typed can never become a live formula in Excel or LibreOffice (OWASP "CSV injection").
 */
public final class TableExport {

    /** What Excel and LibreOffice read as the start of a formula (or of a DDE call) in a cell. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A number as people and Minga write it: sign, digits, an optional decimal point or comma, an exponent. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
            .compile("[+-]?\\d+(?:[.,]\\d+)?(?:[eE][+-]?\\d+)?");

    /** The media type of an XLSX workbook. */
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    /**
     * The text to write in a CSV cell: a value that starts like a formula gets a leading single quote (so the
     * spreadsheet shows it as text), except a real number such as {@code -12,5}, which stays a number.
     */
    public static String cellText(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return looksLikeFormula(value) ? "'" + value : value;
    }

    /** True when a spreadsheet would read the text as a formula: it starts with =, +, -, @, tab or CR and is no number. */
    public static boolean looksLikeFormula(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                && !NUMBER.matcher(value).matches();
    }

    /**
     * Writes a text into an XLSX cell as a text cell; one that looks like a formula is also marked "quote prefixed",
     * the way Excel stores a cell typed with a leading apostrophe, so it stays text even when someone edits it.
     */
    public static void setCell(org.apache.poi.ss.usermodel.Cell cell, String value,
            org.apache.poi.ss.usermodel.CellStyle quotePrefixed) {
        String text = value == null ? "" : value;
        cell.setCellValue(text);
        if (looksLikeFormula(text)) {
            cell.setCellStyle(quotePrefixed);
        }
    }

    /** The style {@link #setCell} gives to a text that looks like a formula; one per workbook. */
    public static org.apache.poi.ss.usermodel.CellStyle quotePrefixedStyle(
            org.apache.poi.ss.usermodel.Workbook workbook) {
        org.apache.poi.ss.usermodel.CellStyle style = workbook.createCellStyle();
        style.setQuotePrefixed(true);
        return style;
    }

    public static ResponseEntity<byte[]> of(String name, String format, List<String> header, List<List<String>> rows) {
        String f = format == null ? "csv" : format.strip().toLowerCase(java.util.Locale.ROOT);
        byte[] body;
        MediaType type;
        if (f.equals("csv")) {
            body = csv(header, rows);
            type = new MediaType("text", "csv", StandardCharsets.UTF_8);
        } else if (f.equals("xlsx")) {
            body = xlsx(header, rows);
            type = MediaType.parseMediaType(XLSX_TYPE);
        } else {
            throw new ValidationException("format", "El formato '" + format + "' no existe: use csv o xlsx.");
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + "." + f).build().toString())
                .body(body);
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\ufeff');
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                p.printRecord(header.stream().map(TableExport::cellText).toList());
                for (List<String> r : rows) {
                    p.printRecord(r.stream().map(TableExport::cellText).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("datos");
            org.apache.poi.ss.usermodel.CellStyle quoted = quotePrefixedStyle(wb);
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                setCell(h.createCell(i), header.get(i), quoted);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    setCell(row.createCell(i), values.get(i), quoted);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
