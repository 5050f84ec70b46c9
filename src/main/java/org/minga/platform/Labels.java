package org.minga.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words for a {@link Labelled} enum constant, from the message bundles, in the language of the request (or the
 * one given). Pages write {@code ${@labels.of(referral.priority)}}; exports, mail and imports use this bean. A missing
 * word falls back to the constant's name rather than failing a page (the bundle test keeps that from happening).
 */
@Component("labels")
public class Labels {

    /** The languages Minga speaks; an imported file may use the words of either. */
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

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
     * The Spanish words of a constant read straight from its bundle ({@code messages}, {@code i18n/territory}...), for
     * the messages built where no {@code Labels} bean reaches: the static access checks' "Su rol (distrital) no
     * permite ...".
     */
    public static String spanish(Enum<?> value, String bundle) {
        return java.util.ResourceBundle
                .getBundle(bundle, LANGUAGES.get(0),
                        java.util.ResourceBundle.Control
                                .getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key(value));
    }

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
        return TextKeys.key(text).replace('_', ' ');
    }
}
