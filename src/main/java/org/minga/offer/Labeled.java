package org.minga.offer;

import java.util.Arrays;
import java.util.Optional;

import org.minga.platform.TextKeys;

/** Parsing of the offer's catalogues by code or by Spanish label, ignoring case and accents. */
final class Labeled {

    private Labeled() {
    }

    interface WithLabel {
        String label();

        String name();
    }

    static <E extends Enum<E> & WithLabel> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = TextKeys.key(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(k.replace(' ', '_').replace('-', '_'))
                        || TextKeys.key(e.label()).equals(k))
                .findFirst();
    }

    static <E extends Enum<E> & WithLabel> String allowed(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> TextKeys.key(e.label())).toList());
    }
}
