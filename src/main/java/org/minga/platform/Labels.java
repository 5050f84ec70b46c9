package org.minga.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words for a {@link Labelled} enum constant, from the message bundles, in the language of the request (or the
 * one given). Pages write {@code ${@labels.of(referral.priority)}}; exports, mail and imports use this bean. A missing
 * word falls back to the constant's name rather than failing a page (the bundle test keeps that from happening).
 */
@Component("labels")
public record Labels(MessageSource messages) {

    /** The languages Minga speaks; an imported file may use the words of either. */
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The bundle key of a constant: {@code enum.Priority.HIGH}. */
    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The words for a constant in the current request's language; empty text for null. */
    public String of(Enum<?> value) {
        return of(value, LocaleContextHolder.getLocale());
    }

    /** The words for a constant in the given language; empty text for null. */
    public String of(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        return messages.getMessage(key(value), null, value.name(), locale);
    }

    /**
     * The words of a constant read straight from its module's bundle ({@code i18n/<module>} or of a sub-package such as
     * {@code i18n/imports}, then {@code messages}), for code that has no {@code Labels} bean at hand: pure domain rules, static access checks,
     * other modules' parsing. The same words as {@link #of(Enum, Locale)} ({@code EnumLabelsTests} checks it).
     */
    public static String words(Enum<?> value, Locale language) {
        if (value == null) {
            return "";
        }
        String key = key(value);
        for (String bundle : bundlesOf(value.getDeclaringClass())) {
            ResourceBundle words = ResourceBundle.getBundle(bundle,
                    language.getLanguage().equals("es") ? Locale.ROOT : language, NO_FALLBACK);
            if (words.containsKey(key)) {
                return words.getString(key);
            }
        }
        return value.name();
    }

    /** {@link #words} in Spanish, the language of Minga's messages, exports and official formats. */
    public static String inSpanish(Enum<?> value) {
        return words(value, LANGUAGES.get(0));
    }

    /** {@link #parse} without the bean: by code or by the words in either language. */
    public static <E extends Enum<E>> Optional<E> read(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalized(text);
        for (E constant : type.getEnumConstants()) {
            if (normalized(constant.name()).equals(wanted)
                    || LANGUAGES.stream().anyMatch(l -> normalized(words(constant, l)).equals(wanted))) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The Spanish words of every constant, lower case and without accents, for a message: "salud, cuidado, ...". */
    public static String allowedWords(Class<? extends Enum<?>> type) {
        return String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(c -> TextKeys.key(inSpanish(c))).toList());
    }

    /** i18n/<module> and i18n/<sub-package> bundles of the enum's package (imports, geometry...), then messages. */
    private static List<String> bundlesOf(Class<?> type) {
        return BUNDLES.get(type);
    }

    /** Per enum, the bundles that exist, found once (a missing bundle is never asked for, so nothing is thrown). */
    private static final ClassValue<List<String>> BUNDLES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            List<String> bundles = new java.util.ArrayList<>();
            String[] parts = type.getPackageName().split("\\.");
            for (int i = 2; i < parts.length; i++) {
                String bundle = "i18n." + parts[i];
                if (Labels.class.getClassLoader().getResource(bundle.replace('.', '/') + ".properties") != null) {
                    bundles.add(bundle);
                }
            }
            bundles.add("messages");
            return List.copyOf(bundles);
        }
    };

    /** The words in Spanish, the language of exports and of the official formats. */
    public String spanish(Enum<?> value) {
        return of(value, LANGUAGES.get(0));
    }

    /**
     * The constant a person wrote: its code ({@code HIGH}, {@code high}) or its words in any of Minga's languages
     * ({@code alta}, {@code High}), ignoring case, accents and spaces against underscores. Empty for blank or
     * unknown text.
     */
    public <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalized(text);
        for (E constant : type.getEnumConstants()) {
            if (normalized(constant.name()).equals(wanted)) {
                return Optional.of(constant);
            }
            for (Locale language : LANGUAGES) {
                if (normalized(of(constant, language)).equals(wanted)) {
                    return Optional.of(constant);
                }
            }
        }
        return Optional.empty();
    }

    private static String normalized(String text) {
        return TextKeys.key(text).replace('_', ' ').replace('-', ' ');
    }
}
