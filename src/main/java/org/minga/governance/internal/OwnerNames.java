package org.minga.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The names of other modules' records (actors, services) in governance's rows: the rows are read with the ids, the
 * owner module answers the names of all of a list's ids in one call of its API, in its name order, and they are
 * filled in here; a row's list of names comes out as {@code order by name} gave it, and an id the owner does not know
 * is left out of it as an inner join left it out.
 */
final class OwnerNames {

    /** A row as read, with the ids of the records it lists by name. */
    record Listing<T> (T row, List<Long> ids) {

        /** The ids of an SQL {@code bigint[]} column. */
        static List<Long> ids(ResultSet rs, String column) throws SQLException {
            return List.of((Long[]) rs.getArray(column).getArray());
        }
    }

    private final Map<Long, String> names;
    private final Map<Long, Integer> rank = new HashMap<>();

    private OwnerNames(Map<Long, String> names) {
        this.names = names;
        for (Long id : names.keySet()) {
            rank.put(id, rank.size());
        }
    }

    /** The names of {@code ids} (nulls aside), from one call of {@code lookup}, the owner's API in name order. */
    static OwnerNames of(Collection<Long> ids, Function<Collection<Long>, ? extends Map<Long, String>> lookup) {
        Set<Long> distinct = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return new OwnerNames(lookup.apply(distinct));
    }

    /**
     * The rows with their lists of names filled in by {@code fill}, from one look-up of all their ids; a list as
     * mutable as the JDBC one.
     */
    static <T, R> List<R> filled(List<Listing<T>> rows, Function<Collection<Long>, ? extends Map<Long, String>> lookup,
            BiFunction<T, List<String>, R> fill) {
        OwnerNames n = of(rows.stream().flatMap(r -> r.ids().stream()).toList(), lookup);
        return rows.stream().map(r -> fill.apply(r.row(), n.sorted(r.ids())))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * The rows with the name of the one id each holds ({@code id}, maybe null) filled in by {@code fill}, from one
     * look-up of all of them; a list as mutable as the JDBC one.
     */
    static <T> List<T> filled(List<T> rows, Function<T, Long> id,
            Function<Collection<Long>, ? extends Map<Long, String>> lookup, BiFunction<T, String, T> fill) {
        OwnerNames n = of(rows.stream().map(id).toList(), lookup);
        return rows.stream().map(r -> fill.apply(r, n.of(id.apply(r))))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** The name of {@code id}; null for null. */
    String of(Long id) {
        return id == null ? null : names.get(id);
    }

    /** The names of {@code ids} in the owner's name order. */
    List<String> sorted(Collection<Long> ids) {
        return ids.stream().filter(names::containsKey).sorted(Comparator.comparing(rank::get)).map(names::get)
                .toList();
    }
}
