package org.minga.platform.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
        assertThatThrownBy(() -> XlsxTableReader.read(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("El archivo no es un libro de Excel (.xlsx) válido.");
    }

    @Test
    void oldExcelFilesAreRefusedWithAnExplanation() {
        assertThatThrownBy(() -> TableReader.read("datos.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("guarde el archivo como .xlsx o como CSV");
    }
}
