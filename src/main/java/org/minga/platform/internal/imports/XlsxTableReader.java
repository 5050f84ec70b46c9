package org.minga.platform.internal.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX workbook as the text a person sees in each cell: numbers without a
 * spurious ".0", dates as yyyy-MM-dd, formulas by their last computed value.
 *
 * <p>The sheet is read as a stream (POI's event API: the sheet's XML through SAX, one cell at a time), never as
 * a workbook in memory, so a 100,000-row file costs about what its cells' text costs. A hostile file is refused
 * before it can take the memory: a zip that inflates more than 100 times (POI's zip-bomb check), parts larger
 * than {@link #MAX_PART_BYTES} once inflated, shared strings over {@link #MAX_SHARED_STRINGS_BYTES}, more than
 * {@link #MAX_TEXT_CHARS} characters of cell text in all, or data beyond column {@link #MAX_COLUMNS}.
 */
final class XlsxTableReader {

    /** The shared strings are the one part held in memory: their XML may not inflate beyond this. */
    static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;
    /** The sheet is streamed; beyond this its XML is no table a person made (Excel's full sheet of text is less). */
    static final long MAX_PART_BYTES = 1024L * 1024 * 1024;
    /** As much text as the largest CSV file accepted (50 MB) can carry. */
    static final long MAX_TEXT_CHARS = 50L * 1024 * 1024;
    /** No import has more than a few dozen columns; a value beyond this column is refused. */
    static final int MAX_COLUMNS = 1000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern DATE_1904 = Pattern.compile("date1904\\s*=\\s*\"(1|true)\"");
    static final String NOT_XLSX = "El archivo no es un libro de Excel (.xlsx) válido.";

    private XlsxTableReader() {
    }

    static Table read(byte[] bytes) {
        Path file = null;
        try {
            // a file, not a stream: POI then inflates one part at a time instead of every part into memory
            file = Files.createTempFile("minga-import-", ".xlsx");
            Files.write(file, bytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return read(pkg);
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException | SAXException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | ParserConfigurationException e) {
            throw unreadable(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans it
                }
            }
        }
    }

    private static UnreadableFileException unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnreadableFileException u) {
                return u;
            }
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Zip bomb") || m.contains("exceeds the max") || m.contains("MAX_ENTRY_SIZE")) {
                return new UnreadableFileException(
                        "El archivo .xlsx se descomprime a un tamaño desproporcionado (puede ser "
                                + "un archivo malicioso) y no se procesó. Guárdelo de nuevo desde Excel o como CSV.",
                        e);
            }
        }
        return new UnreadableFileException(NOT_XLSX, e);
    }

    private static Table read(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException,
            org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        XSSFReader reader = new XSSFReader(pkg);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return new Table(1, List.of(), List.of());
        }
        boolean date1904;
        try (InputStream workbook = limited(reader.getWorkbookData(), MAX_SHARED_STRINGS_BYTES, "el libro")) {
            date1904 = DATE_1904.matcher(new String(workbook.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .find();
        }
        StylesTable styles = reader.getStylesTable();
        ReadOnlySharedStringsTable strings = sharedStrings(pkg);
        SheetHandler handler = new SheetHandler(styles, strings, date1904);
        try (InputStream sheet = limited(sheets.next(), MAX_PART_BYTES, "la hoja")) {
            parser().parse(sheet, handler);
        }
        return handler.table();
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        var parts = pkg.getPartsByContentType(
                org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = limited(parts.get(0).getInputStream(), MAX_SHARED_STRINGS_BYTES,
                "los textos compartidos")) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newSAXParser();
    }

    /** A part's stream that refuses to inflate beyond {@code max} bytes, whatever the zip header claims. */
    private static InputStream limited(InputStream in, long max, String what) {
        return new FilterInputStream(in) {
            long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(long n) {
                read += n;
                if (read > max) {
                    throw new UnreadableFileException("El archivo .xlsx es demasiado grande por dentro: " + what
                            + " ocupa más de " + (max / (1024 * 1024))
                            + " MB sin comprimir. Divida el archivo o guárdelo como CSV.");
                }
            }
        };
    }

    /** The sheet's XML, cell by cell: {@code <row r="3"><c r="B3" t="s" s="1"><v>0</v></c></row>}. */
    private static final class SheetHandler extends DefaultHandler {

        private final StylesTable styles;
        private final ReadOnlySharedStringsTable strings;
        private final boolean date1904;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final List<Table.Row> rows = new ArrayList<>();
        private Integer headerRow;
        private List<String> header = List.of();
        private long chars;

        private int rowNumber;
        private int nextColumn;
        private List<String> cells;
        private int column;
        private String type;
        private String style;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(StylesTable styles, ReadOnlySharedStringsTable strings, boolean date1904) {
            this.styles = styles;
            this.strings = strings;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? nextColumn : column(ref);
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                }
                case "v" -> inValue = true;
                case "t" -> inInlineText = "inlineStr".equals(type) && !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> cell();
                case "row" -> row();
                default -> {
                }
            }
        }

        private void cell() {
            String text = text();
            if (text.isEmpty()) {
                return;
            }
            if (column >= MAX_COLUMNS) {
                throw new UnreadableFileException(
                        "La fila " + rowNumber + " tiene datos más allá de la columna " + MAX_COLUMNS
                                + "; ninguna importación tiene tantas columnas.");
            }
            chars += text.length();
            if (chars > MAX_TEXT_CHARS) {
                throw new UnreadableFileException(
                        "El archivo .xlsx tiene más texto del que se puede importar de una vez (más de "
                                + MAX_TEXT_CHARS / (1024 * 1024)
                                + " millones de caracteres). Divídalo en varios archivos.");
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(text);
        }

        private String text() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                return v.isEmpty() ? "" : number(v);
            }
            return switch (type) {
                case "s" -> shared(v);
                case "inlineStr", "str" -> v;
                case "b" -> v.equals("1") || v.equalsIgnoreCase("true") ? "TRUE" : "FALSE";
                case "d" -> v.length() >= 10 && v.substring(10).matches("(T00:00(:00(\\.0+)?)?)?") ? v.substring(0, 10)
                        : v.replace('T', ' ');
                default -> ""; // "e": an error value shows nothing, as before
            };
        }

        private String shared(String index) {
            if (strings == null || index.isEmpty()) {
                return "";
            }
            try {
                return strings.getItemAt(Integer.parseInt(index.strip())).getString();
            } catch (RuntimeException e) {
                throw new UnreadableFileException(NOT_XLSX, e);
            }
        }

        private String number(String raw) {
            double d;
            try {
                d = Double.parseDouble(raw.strip());
            } catch (NumberFormatException e) {
                return raw;
            }
            XSSFCellStyle cellStyle = null;
            if (style != null && styles != null) {
                try {
                    cellStyle = styles.getStyleAt(Integer.parseInt(style));
                } catch (RuntimeException ignored) {
                    // an unknown style reads as General
                }
            }
            String format = cellStyle == null ? null : cellStyle.getDataFormatString();
            int formatIndex = cellStyle == null ? 0 : cellStyle.getDataFormat();
            if (format != null && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(d)) {
                LocalDateTime dt = DateUtil.getLocalDateTime(d, date1904);
                return dt.toLocalTime().equals(LocalTime.MIDNIGHT) ? dt.format(DATE) : dt.format(DATE_TIME);
            }
            if (format == null || "General".equalsIgnoreCase(format)) {
                // what the person typed, never "1.0" nor "1.23E+10"
                return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            return formatter.formatRawCellContents(d, formatIndex, format);
        }

        private void row() {
            if (cells == null || Table.blank(cells)) {
                cells = null;
                return;
            }
            if (headerRow == null) {
                headerRow = rowNumber;
                header = cells;
            } else {
                rows.add(new Table.Row(rowNumber, cells));
            }
            cells = null;
        }

        Table table() {
            return new Table(headerRow == null ? 1 : headerRow, header, rows);
        }

        /** The zero-based column of a reference such as {@code AB12}. */
        static int column(String ref) {
            int c = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    c = c * 26 + (ch - 'A' + 1);
                    if (c > 16_384) {
                        break;
                    }
                } else if (ch >= 'a' && ch <= 'z') {
                    c = c * 26 + (ch - 'a' + 1);
                } else {
                    break;
                }
            }
            return Math.max(0, c - 1);
        }
    }
}
