package org.minga.offer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.minga.platform.Labels;
import org.minga.platform.TextKeys;

/**
 * The offer's catalogues ({@link Need}, {@link PopulationGroup}, {@link Channel}, {@link Sex}) by their words, read
 * straight from the offer's bundles, for code that has no {@link Labels} bean at hand (the pure
 * {@link EligibilityRules}, whose reasons are Spanish sentences, and other modules' parsing of a need or a group).
 * The same words {@link Labels} gives; pages and exports use {@link Labels}.
 *
 */
public final class Catalogue {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Catalogue() {
    }

    /** The words of a constant in a language ({@code es}: the base bundle). */
    public static String of(Enum<?> value, Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.offer",
                language.getLanguage().equals("es") ? Locale.ROOT : language, NO_FALLBACK);
        String key = Labels.key(value);
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    public static String spanish(Enum<?> value) {
        return of(value, Labels.LANGUAGES.get(0));
    }

    /** By code ({@code IN_PERSON}, {@code in-person}) or by its words in Spanish or English, ignoring case and accents. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = TextKeys.key(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(k.replace(' ', '_').replace('-', '_'))
                        || Labels.LANGUAGES.stream().anyMatch(l -> TextKeys.key(of(e, l)).equals(k)))
                .findFirst();
    }

    /** The Spanish words of every constant, lower case and without accents: "salud, cuidado, ...". */
    public static <E extends Enum<E>> String allowed(Class<E> type) {
        List<String> words = Arrays.stream(type.getEnumConstants()).map(e -> TextKeys.key(spanish(e))).toList();
        return String.join(", ", words);
    }
}
