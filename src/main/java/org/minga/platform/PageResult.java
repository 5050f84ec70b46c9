package org.minga.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the shape every list endpoint answers: items, page, size, total. */
public record PageResult<T> (List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), page, size, total);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
