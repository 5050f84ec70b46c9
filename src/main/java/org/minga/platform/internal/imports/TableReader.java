package org.minga.platform.internal.imports;

import java.util.Locale;

/** Picks the reader for an uploaded table: XLSX by its zip signature or extension, CSV otherwise. */
final class TableReader {

    private TableReader() {
    }

    static Table read(String filename, byte[] bytes) {
        if (isZip(bytes) || extension(filename).equals("xlsx")) {
            return XlsxTableReader.read(bytes);
        }
        if (isOleDocument(bytes) || extension(filename).equals("xls")) {
            throw new UnreadableFileException(
                    "El formato .xls (Excel 97-2003) no se admite: guarde el archivo como .xlsx o como CSV.");
        }
        return CsvTableReader.read(bytes);
    }

    static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOleDocument(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }
}
