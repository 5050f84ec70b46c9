package org.minga.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The skeleton of a table imported one row at a time, so that each import says only what is its own: what it is
 * ({@link #kind()}: type, label, columns), how one row reads ({@link #reader}) and how one item is stored
 * ({@link #store}). The skeleton owns the rest: the header was checked by the framework against the columns; it
 * refuses the whole file when the reader says so, walks the rows in file order with the progress, keeps every
 * problem on its row and column (in the handler's Spanish words, through {@link ImportCheck.Cells}), and hands over
 * a plan only when no row has an error (an item of a row with a problem is never loaded: nothing is), which the framework loads in one transaction: all or nothing.
 *
 * @param <I> what one row becomes
 */
public interface RowImport<I> extends ImportHandler<RowImport.Rows<I>> {

    /** The plan: the items of the file's rows, in file order, for the jurisdiction imported into. */
    record Rows<I> (Jurisdiction jurisdiction, List<I> items) {

        public Rows {
            items = List.copyOf(items);
        }
    }

    /** How the rows of one file read, with what they all need (the user's reach, catalogues) looked up once. */
    @FunctionalInterface
    interface Reader<I> {

        /** The row's item, or null when the row has a problem (every problem is recorded on the row). */
        I read(ImportCheck.Cells row);
    }

    /** An item with the number of the row it was read from. */
    record Numbered<I> (int row, I item) {
    }

    /** The whole file is refused before any row is read (the user may not import here); the message says why. */
    final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /** The reader of one file's rows; throws {@link Refused} when the user may not import into the jurisdiction. */
    Reader<I> reader(ImportContext context);

    /** Stores one item, in the framework's transaction. */
    void store(I item, Jurisdiction jurisdiction, CurrentUser user);

    /** After the last item is stored (an audit line, for instance); nothing by default. */
    default void loaded(Jurisdiction jurisdiction, int count) {
        // nothing to add
    }

    /**
     * Checks what links rows once all are read (a parent further down the file, rows that form one record),
     * recording each problem with {@link ImportCheck#error} or {@link ImportCheck#errors}; answers the items to load.
     * By default the rows are independent: the items as read.
     */
    default List<I> across(List<Numbered<I>> read, ImportCheck check, ImportContext context) {
        return read.stream().map(Numbered::item).toList();
    }

    @Override
    default ImportValidation<Rows<I>> validate(ImportInput input, ImportContext context) {
        ImportCheck check = ImportCheck.of(input, context);
        Reader<I> reader;
        try {
            reader = reader(context);
        } catch (Refused e) {
            return check.refused(e.getMessage());
        }
        List<Numbered<I>> read = new ArrayList<>();
        check.eachRow(row -> {
            I item = reader.read(row);
            if (item != null) {
                read.add(new Numbered<>(row.number(), item));
            }
        });
        List<I> items = across(read, check, context);
        return check.result(() -> new Rows<>(context.jurisdiction(), items));
    }

    @Override
    default int load(Rows<I> rows, ImportContext context) {
        int done = 0;
        for (I item : rows.items()) {
            store(item, rows.jurisdiction(), context.user());
            context.progress(++done);
        }
        loaded(rows.jurisdiction(), done);
        return done;
    }
}
