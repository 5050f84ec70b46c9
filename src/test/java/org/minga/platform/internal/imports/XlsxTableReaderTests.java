package org.minga.platform.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTableReaderTests {

    @Test
    void cellsReadAsAPersonSeesThem() throws IOException {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Datos");
            wb.createSheet("Otra hoja").createRow(0).createCell(0).setCellValue("ignorada");
            Row header = sheet.createRow(0);
            String[] names = {"entero", "decimal", "grande", "fecha", "formula", "texto", "codigo", "logico"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle twoDigits = wb.createCellStyle();
            twoDigits.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("00"));
            Row row = sheet.createRow(2); // row 2 (index 1) stays blank
            row.createCell(0).setCellValue(42);
            row.createCell(1).setCellValue(1234.5);
            row.createCell(2).setCellValue(12345678901234d);
            row.createCell(3).setCellValue(LocalDate.of(2026, 3, 9));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellFormula("A3*2");
            row.createCell(5).setCellValue("  Suba ");
            row.createCell(6).setCellValue(1);
            row.getCell(6).setCellStyle(twoDigits);
            row.createCell(7).setCellValue(true);
            Row withTime = sheet.createRow(3);
            withTime.createCell(3).setCellValue(LocalDateTime.of(2026, 3, 9, 14, 30));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            withTime.getCell(3).setCellStyle(dateTime);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            file = out.toByteArray();
        }

        Table table = XlsxTableReader.read(file);

        assertThat(table.header()).containsExactly("entero", "decimal", "grande", "fecha", "formula", "texto", "codigo",
                "logico");
        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(3, 4);
        assertThat(table.rows().get(0).cells())
                .containsExactly("42", "1234.5", "12345678901234", "2026-03-09", "84", "  Suba ", "01", "TRUE");
        assertThat(table.rows().get(1).cell(3)).isEqualTo("2026-03-09 14:30:00");
    }

    @Test
    void somethingThatIsNotAWorkbookIsReportedInSpanish() {
        assertThatThrownBy(() -> XlsxTableReader.read(new byte[]{'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("El archivo no es un libro de Excel (.xlsx) válido.");
    }

    @Test
    void oldExcelFilesAreRefusedWithAnExplanation() {
        assertThatThrownBy(() -> TableReader.read("datos.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("guarde el archivo como .xlsx o como CSV");
    }

    /** Bytes this thread allocated so far: what reading a file cost, whatever the garbage collector did meanwhile. */
    static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** A workbook as people make them for the person import: 100,000 rows of text, numbers and dates. */
    static byte[] hundredThousandRows() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("Personas");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            String[] names = {"tipo_documento", "numero_documento", "nombres", "apellidos", "fecha_nacimiento",
                    "telefono"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 1; r <= 100_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("CC");
                row.createCell(1).setCellValue(1_000_000_000L + r);
                row.createCell(2).setCellValue("Nombre " + r);
                row.createCell(3).setCellValue("Apellido " + (r % 977));
                row.createCell(4).setCellValue(LocalDate.of(1950, 1, 1).plusDays(r % 20_000));
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue("300" + (1_000_000 + r));
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    @Test
    void aHundredThousandRowWorkbookIsReadAsAStream() throws IOException {
        byte[] file = hundredThousandRows();
        long before = allocated();
        Table table = XlsxTableReader.read(file);
        long cost = allocated() - before;

        assertThat(table.header()).containsExactly("tipo_documento", "numero_documento", "nombres", "apellidos",
                "fecha_nacimiento", "telefono");
        assertThat(table.rows()).hasSize(100_000);
        assertThat(table.rows().get(99_999).number()).isEqualTo(100_001);
        assertThat(table.rows().get(99_999).cells()).containsExactly("CC", "1000100000", "Nombre 100000",
                "Apellido " + (100_000 % 977), LocalDate.of(1950, 1, 1).plusDays(100_000 % 20_000).toString(),
                "3001100000");
        System.out.printf("XLSX of 100,000 rows (%d KB): read with %d MB allocated%n", file.length / 1024, cost >> 20);
    }

    /** A valid small workbook whose part {@code name} is replaced by {@code content}, written as a stream. */
    static byte[] withPart(String name, PartWriter content) throws IOException {
        byte[] base;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = wb.createSheet("Datos").createRow(0);
            row.createCell(0).setCellValue("codigo");
            row.createCell(1).setCellValue("nombre");
            wb.write(out);
            base = out.toByteArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    content.write(zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    @Test
    void aZipBombIsRefusedInSpanishWithoutInflatingIt() throws IOException {
        // 200 MB of one row repeated: a few hundred KB once compressed
        byte[] row = "<row><c t=\"inlineStr\"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bomb = withPart("xl/worksheets/sheet1.xml", out -> {
            out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 200L * 1024 * 1024; written += row.length) {
                out.write(row);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        long before = allocated();
        assertThatThrownBy(() -> XlsxTableReader.read(bomb)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("se descomprime a un tamaño desproporcionado");
        long cost = allocated() - before;
        assertThat(cost).as("bytes allocated refusing the bomb").isLessThan(64L * 1024 * 1024);
        System.out.printf("zip bomb (%d KB, 200 MB inflated): refused with %d MB allocated%n", bomb.length / 1024,
                cost >> 20);
    }

    @Test
    void hugeSharedStringsAreRefusedBeforeTheyFillTheMemory() throws IOException {
        // words from a small vocabulary: compresses like real text (a few times), so no zip-bomb ratio gives it away
        Random random = new Random(7);
        String[] words = new String[2000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < 3 + random.nextInt(8); k++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = w.toString();
        }
        byte[] huge = withPart("xl/sharedStrings.xml", out -> {
            out.write(("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder si = new StringBuilder();
            for (long written = 0; written < XlsxTableReader.MAX_SHARED_STRINGS_BYTES + 16L * 1024 * 1024;) {
                si.setLength(0);
                si.append("<si><t>");
                for (int k = 0; k < 12; k++) {
                    si.append(words[random.nextInt(words.length)]).append(' ');
                }
                si.append("</t></si>");
                byte[] b = si.toString().getBytes(StandardCharsets.UTF_8);
                out.write(b);
                written += b.length;
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(huge.length).as("under the 50 MB upload limit").isLessThan(50 * 1024 * 1024);

        long before = allocated();
        assertThatThrownBy(() -> XlsxTableReader.read(huge)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("los textos compartidos ocupa más de 64 MB");
        long cost = allocated() - before;
        System.out.printf("shared strings of 80 MB (%d KB file): refused with %d MB allocated%n", huge.length / 1024,
                cost >> 20);
        assertThat(cost).as("bytes allocated refusing the shared strings").isLessThan(768L * 1024 * 1024);
    }
}
