package org.minga.platform;

/**
 * One problem in an import file. {@code row} is the row number as a spreadsheet shows it (the header is
 * row 1), or the feature number for GeoJSON; 0 for a problem with the whole file. {@code column} is the
 * column (or property) name, or null.
 */
public record ImportError(int row, String column, String message) {
}
