package org.minga.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * An export with the columns of the matching import, as CSV or XLSX. Every cell of every spreadsheet Minga hands
 * out is written through {@link #cellText} (CSV) or {@link #setCell} (XLSX), so a text a person typed can never
 * become a live formula in Excel or LibreOffice (OWASP "CSV injection").
 * <p>
 * One CSV dialect everywhere (issue 18), the one Excel in es-CO and es-CL opens with a double click: UTF-8 with a
 * byte order mark, {@code ;} between fields, CRLF, decimal comma ({@code 12,5}), dates {@code AAAA-MM-DD} (and {@code HH:mm:ss}). In
 * XLSX a cell keeps its type: a {@link String} is a text cell (a code such as {@code 05601} keeps its zero), a
 * {@link Number} a numeric cell, a {@link LocalDate} or {@link LocalDateTime} a date cell; {@code null} is empty.
 * A CSV opened in a spreadsheet turns {@code 05601} into {@code 5601}: the pages recommend XLSX for codes.
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

    /** Minga's one CSV dialect: {@code ;}, CRLF (the byte order mark is written before it). */
    private static final CSVFormat DIALECT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    /**
     * The file {@code name.csv} or {@code name.xlsx}; each row's cells are texts, numbers, dates or null, written as
     * the class comment says.
     */
    public static ResponseEntity<byte[]> of(String name, String format, List<String> header,
            List<? extends List<?>> rows) {
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

    /** The CSV bytes of a table in Minga's one dialect (the class comment). */
    public static byte[] csv(List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\ufeff');
            try (CSVPrinter p = new CSVPrinter(w, DIALECT)) {
                p.printRecord(header.stream().map(TableExport::cellText).toList());
                for (List<?> r : rows) {
                    p.printRecord(r.stream().map(TableExport::csvCell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A cell as the CSV dialect writes it: numbers with a decimal comma, dates ISO, texts neutralised. */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? decimal(BigDecimal.valueOf(d)) : "";
        }
        if (value instanceof BigDecimal b) {
            return decimal(b);
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof LocalDateTime t) {
            return t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        }
        return cellText(value.toString());
    }

    private static String decimal(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static byte[] xlsx(List<String> header, List<? extends List<?>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("datos");
            org.apache.poi.ss.usermodel.CellStyle quoted = quotePrefixedStyle(wb);
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                setCell(h.createCell(i), header.get(i), quoted);
            }
            XlsxStyles styles = new XlsxStyles(wb, quoted);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<?> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) != null) { // no value, no cell: the spreadsheet shows it empty
                        styles.set(row.createCell(i), values.get(i));
                    }
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

    /** The styles of a workbook's typed cells, made once per workbook. */
    private record XlsxStyles(org.apache.poi.ss.usermodel.CellStyle quoted, org.apache.poi.ss.usermodel.CellStyle date,
            org.apache.poi.ss.usermodel.CellStyle dateTime) {

        XlsxStyles(org.apache.poi.ss.usermodel.Workbook wb, org.apache.poi.ss.usermodel.CellStyle quoted) {
            this(quoted, format(wb, "yyyy-mm-dd"), format(wb, "yyyy-mm-dd hh:mm:ss"));
        }

        private static org.apache.poi.ss.usermodel.CellStyle format(org.apache.poi.ss.usermodel.Workbook wb,
                String pattern) {
            org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(pattern));
            return style;
        }

        void set(org.apache.poi.ss.usermodel.Cell cell, Object value) {
            if (value == null || value instanceof Number n && !Double.isFinite(n.doubleValue())) {
                cell.setBlank();
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value instanceof LocalDateTime t) {
                cell.setCellValue(t);
                cell.setCellStyle(dateTime);
            } else {
                setCell(cell, value.toString(), quoted);
            }
        }
    }
}
