package org.minga.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * One list of pending work on the signed-in user's home page, contributed by the module that owns the work (a
 * bean). The home shows the panels of the user's {@link WorkArea}s whose capability the user holds, in
 * {@link #order()}. A panel lists at most a handful of items with codes and dates, never a person's name or
 * document: the home page is not a personal-data read.
 */
public interface WorkPanel {

    WorkArea area();

    /** The capability the user must hold; the panel's rows are those within the user's reach with it. */
    Capability capability();

    int order();

    /** The user's pending work of this kind: the first items by due date and how many there are in all. */
    WorkList workOf(CurrentUser user);

    /** A panel of a module, from the function that lists the user's work. */
    static WorkPanel of(WorkArea area, Capability capability, int order,
            java.util.function.Function<CurrentUser, WorkList> work) {
        return new WorkPanel() {
            @Override
            public WorkArea area() {
                return area;
            }

            @Override
            public Capability capability() {
                return capability;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public WorkList workOf(CurrentUser user) {
                return work.apply(user);
            }
        };
    }

    /**
     * How many of a panel's items are counted at most: a district user's panel would otherwise count every open item
     * of the city for one badge (330,000 waiting referrals at Bogotá's scale took 420 ms; issue 26). Above it the
     * panel says "más de 1.000".
     */
    int COUNTED = 1000;

    /**
     * The query of a panel's first {@code shown} rows with their capped total ({@code total}, at most
     * {@link #COUNTED} + 1): {@code select} lists the rows with the columns of {@code order} (output names), which
     * should follow an index, so that only the first {@link #COUNTED} + 1 rows are read.
     */
    static String firstRowsCounted(String select, String order, int shown) {
        return "select x.*, count(*) over () as total from (" + select + " order by " + order + " limit "
                + (COUNTED + 1) + ") x order by " + order + " limit " + shown;
    }

    /** A panel: its title, the page with the whole list, how many items there are, and the first of them. */
    record WorkList(String title, String href, long total, List<WorkItem> items, String emptyText) {
        public WorkList {
            items = List.copyOf(items);
        }

        /** More items than {@link #COUNTED}: the total shown is "más de 1.000". */
        public boolean capped() {
            return total > COUNTED;
        }

        /** A panel read in one query whose rows carry the total of all matching rows ({@link Counted}). */
        public static WorkList of(String title, String href, List<Counted> rows, String emptyText) {
            return new WorkList(title, href, rows.isEmpty() ? 0 : rows.get(0).total(),
                    rows.stream().map(Counted::item).toList(), emptyText);
        }
    }

    /**
     * One of a panel's first rows with the count of all of them, selected together as
     * {@code count(*) over () as total}, so a panel takes one query instead of a count and a page.
     */
    record Counted(WorkItem item, long total) {
        public static Counted of(java.sql.ResultSet rs, WorkItem item) throws java.sql.SQLException {
            return new Counted(item, rs.getLong("total"));
        }
    }

    /** A pending item: what it is, a detail, the date it is due (or null) and its page. */
    record WorkItem(String label, String detail, LocalDate due, String href) {

        public boolean overdueOn(LocalDate today) {
            return due != null && due.isBefore(today);
        }
    }
}
