package org.minga.actor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.minga.platform.Labels;
import org.minga.platform.TextKeys;

/**
 * The Spanish words of this module's public enums, read from {@code i18n/actor.properties} (the same bundle
 * {@link Labels} reads) for callers without a {@link Labels} bean at hand. Pages and new code use {@link Labels}.
 */
final class SpanishWords {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/actor", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private SpanishWords() {
    }

    static String of(Enum<?> constant) {
        return BUNDLE.getString(Labels.key(constant));
    }

    /** By code or by the Spanish words, ignoring case, accents and spaces against underscores. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = normal(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> normal(c.name()).equals(k) || normal(of(c)).equals(k)).findFirst();
    }

    /** The words of every constant, in lower case without accents: "salud, educacion...". */
    static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> TextKeys.key(of(c))).toList());
    }

    private static String normal(String text) {
        return TextKeys.key(text).replace('-', ' ').replace('_', ' ');
    }
}
