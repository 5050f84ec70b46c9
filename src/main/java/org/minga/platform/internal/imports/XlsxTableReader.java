package org.minga.platform.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook as the text a person sees in each cell: numbers without a
 * spurious ".0", dates as yyyy-MM-dd, formulas by their last computed value.
 */
final class XlsxTableReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private XlsxTableReader() {
    }

    static Table read(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return new Table(1, List.of(), List.of());
            }
            return read(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException u) {
                throw u;
            }
            throw new UnreadableFileException("El archivo no es un libro de Excel (.xlsx) válido.", e);
        }
    }

    private static Table read(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        Integer headerRow = null;
        List<String> header = List.of();
        List<Table.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            short last = row.getLastCellNum();
            for (int c = 0; c < last; c++) {
                cells.add(text(row.getCell(c), formatter));
            }
            if (Table.blank(cells)) {
                continue;
            }
            int number = row.getRowNum() + 1;
            if (headerRow == null) {
                headerRow = number;
                header = cells;
            } else {
                rows.add(new Table.Row(number, cells));
            }
        }
        return new Table(headerRow == null ? 1 : headerRow, header, rows);
    }

    static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                return number(cell, formatter);
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR:
            case BLANK:
            default:
                return "";
        }
    }

    private static String number(Cell cell, DataFormatter formatter) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime dt = cell.getLocalDateTimeCellValue();
            return dt.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? dt.format(DATE) : dt.format(DATE_TIME);
        }
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        if (format == null || "General".equalsIgnoreCase(format)) {
            // what the person typed, never "1.0" nor "1.23E+10"
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }
}
