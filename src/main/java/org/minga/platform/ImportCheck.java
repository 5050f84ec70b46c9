package org.minga.platform;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every {@link ImportHandler#validate} shares: the refusal when the user may not import, the walk over the rows
 * with the progress, the cells read as text, codes, numbers, dates and lists (each problem one {@link ImportError} on
 * its row and column, in the handler's own Spanish words), codes repeated in the file, and the result.
 *
 * <pre>
 * ImportCheck check = ImportCheck.of(input, context);
 * if (!scope.includesJurisdiction(j.id())) {
 *     return check.refused(context.outOfReach());
 * }
 * check.eachRow(row -&gt; {
 *     String code = row.required(CODE, "Falta el código.");
 *     ...
 * });
 * return check.result(() -&gt; new Plan(...));
 * </pre>
 */
public final class ImportCheck {

    private final ImportInput input;
    private final ImportContext context;
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<List<Object>, Integer> firstRows = new HashMap<>();

    private ImportCheck(ImportInput input, ImportContext context) {
        this.input = input;
        this.context = context;
    }

    public static ImportCheck of(ImportInput input, ImportContext context) {
        return new ImportCheck(input, context);
    }

    public Jurisdiction jurisdiction() {
        return context.jurisdiction();
    }

    public List<ImportRow> rows() {
        return input.rows();
    }

    /** The whole file refused before any row is read: one error (row 0) says why. */
    public <P> ImportValidation<P> refused(String message) {
        return ImportValidation.refused(input.rows().size(), message);
    }

    /** Checks every row in file order, reporting the progress after each one. */
    public void eachRow(Consumer<Cells> check) {
        eachRow(1, check);
    }

    /** Checks every row in file order, reporting the progress every {@code progressEvery} rows and at the end. */
    public void eachRow(int progressEvery, Consumer<Cells> check) {
        int processed = 0;
        for (ImportRow row : input.rows()) {
            check.accept(new Cells(row));
            if (++processed % progressEvery == 0) {
                context.progress(processed);
            }
        }
        if (processed % progressEvery != 0) {
            context.progress(processed);
        }
    }

    /** A problem found across rows (a parent missing, a document already stored). */
    public void error(int row, String column, String message) {
        errors.add(new ImportError(row, column, message));
    }

    /** The field errors of a form checked as the API would, on {@code row}, each on the column of its field. */
    public void errors(int row, ValidationException e, Function<String, String> columnOf) {
        for (FieldError fe : e.errors()) {
            errors.add(new ImportError(row, columnOf.apply(fe.field()), fe.message()));
        }
    }

    public void errors(List<ImportError> found) {
        errors.addAll(found);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** What was found, in the order found; the plan only when nothing was wrong. */
    public <P> ImportValidation<P> result(Supplier<P> plan) {
        return new ImportValidation<>(input.rows().size(), errors, errors.isEmpty() ? plan.get() : null);
    }

    /** What was found, sorted by row; the plan only when nothing was wrong. */
    public <P> ImportValidation<P> sortedResult(Supplier<P> plan) {
        return ImportValidation.of(input.rows().size(), errors, errors.isEmpty() ? plan.get() : null);
    }

    /** The cells of one row; every method that finds a problem records it on this row and returns null. */
    public final class Cells {

        private final ImportRow row;
        private final int errorsBefore;

        private Cells(ImportRow row) {
            this.row = row;
            this.errorsBefore = errors.size();
        }

        public int number() {
            return row.number();
        }

        public ImportRow row() {
            return row;
        }

        /** The trimmed cell, or null when it is blank. */
        public String get(String column) {
            return row.get(column);
        }

        public void error(String column, String message) {
            errors.add(new ImportError(row.number(), column, message));
        }

        /** True while no problem was recorded on this row. */
        public boolean clean() {
            return errors.size() == errorsBefore;
        }

        /** The cell, or null with {@code missing} when it is blank. */
        public String required(String column, String missing) {
            String v = row.get(column);
            if (v == null) {
                error(column, missing);
            }
            return v;
        }

        /** An optional cell of at most {@code max} characters; null with {@code tooLong} when longer. */
        public String text(String column, int max, String tooLong) {
            String v = row.get(column);
            if (v != null && v.length() > max) {
                error(column, tooLong);
                return null;
            }
            return v;
        }

        /** The cell's values separated by ";" or "|", trimmed; empty when the cell is blank. */
        public List<String> list(String column) {
            return ImportCheck.list(row, column);
        }

        /**
         * A code looked up with {@code find}: null with {@code missing} when the cell is blank (no error when
         * {@code missing} is null: the cell is optional), null with {@code unknown} of the code when nothing answers.
         */
        public <T> T code(String column, String missing, Function<String, Optional<T>> find,
                Function<String, String> unknown) {
            String v = row.get(column);
            if (v == null) {
                if (missing != null) {
                    error(column, missing);
                }
                return null;
            }
            Optional<T> found = find.apply(v);
            if (found.isEmpty()) {
                error(column, unknown.apply(v));
            }
            return found.orElse(null);
        }

        /**
         * A number as people write it ({@link ImportNumbers#decimal}); null when blank, null with {@code invalid} of
         * the reason ("'x' no es un número") when it is not one.
         */
        public BigDecimal decimal(String column, Function<String, String> invalid) {
            String v = row.get(column);
            if (v == null) {
                return null;
            }
            try {
                return ImportNumbers.decimal(v);
            } catch (NumberFormatException e) {
                error(column, invalid.apply(e.getMessage()));
                return null;
            }
        }

        /** A whole number ({@link ImportNumbers#integer}); null when blank, null with {@code invalid} of the reason. */
        public Long integer(String column, Function<String, String> invalid) {
            String v = row.get(column);
            if (v == null) {
                return null;
            }
            try {
                return ImportNumbers.integer(v);
            } catch (NumberFormatException e) {
                error(column, invalid.apply(e.getMessage()));
                return null;
            }
        }

        /**
         * A date written AAAA-MM-DD (a time after it is ignored) or DD/MM/AAAA; null when blank, null with
         * {@code invalid} of the cell when it is not a date.
         */
        public LocalDate date(String column, Function<String, String> invalid) {
            String v = row.get(column);
            if (v == null) {
                return null;
            }
            LocalDate date = ImportCheck.date(v);
            if (date == null) {
                error(column, invalid.apply(v));
            }
            return date;
        }

        /**
         * Records {@code repeated} of the first row when {@code key} (of the kind {@code column}) already appeared in
         * the file; returns that first row, or null the first time.
         */
        public Integer repeated(String column, Object key, Function<Integer, String> repeated) {
            Integer first = firstRows.putIfAbsent(List.of(column, key), row.number());
            if (first != null) {
                error(column, repeated.apply(first));
            }
            return first;
        }

        /** The field errors of a form checked as the API would, each on the column {@code columnOf} its field. */
        public void errors(ValidationException e, Function<String, String> columnOf) {
            ImportCheck.this.errors(row.number(), e, columnOf);
        }
    }

    /** The values of a cell separated by ";" or "|", trimmed; empty when the cell is blank. */
    public static List<String> list(ImportRow row, String column) {
        String v = row.get(column);
        return v == null ? List.of()
                : Arrays.stream(v.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A date written AAAA-MM-DD (a time after it is ignored) or DD/MM/AAAA, or null when it is not one. */
    public static LocalDate date(String text) {
        try {
            if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] p = text.split("/");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
