package org.minga.platform;

/** A requested page, clamped to sane bounds so no list grows unbounded. */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0) {
            throw new ValidationException("page", "La página debe ser 0 o mayor.");
        }
        if (size < 1 || size > PageResult.MAX_SIZE) {
            throw new ValidationException("size",
                    "El tamaño de página debe estar entre 1 y " + PageResult.MAX_SIZE + ".");
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? 50 : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
