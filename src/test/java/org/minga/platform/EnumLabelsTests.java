package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.referral.internal.domain.Priority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** The words people read for codes come from the bundles, in both languages, for every constant. */
@MingaTest
class EnumLabelsTests {

    @Autowired
    MessageSource messages;
    @Autowired
    Labels labels;

    static List<Class<?>> labelledEnums() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        List<Class<?>> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.minga")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), EnumLabelsTests.class.getClassLoader());
            if (type.isEnum()) {
                found.add(type);
            }
        }
        return found;
    }

    @Test
    void everyConstantOfEveryLabelledEnumHasItsWordsInSpanishAndEnglish() throws Exception {
        List<Class<?>> enums = labelledEnums();
        assertThat(enums).contains(Priority.class);
        List<String> missing = new ArrayList<>();
        Map<String, Class<?>> bySimpleName = new HashMap<>();
        for (Class<?> type : enums) {
            Class<?> other = bySimpleName.put(type.getSimpleName(), type);
            assertThat(other).as("two labelled enums named %s share their bundle keys", type.getSimpleName()).isNull();
            for (Object constant : type.getEnumConstants()) {
                for (Locale language : Labels.LANGUAGES) {
                    assertThat(Labels.words((Enum<?>) constant, language))
                            .as("%s read from its module's bundle", Labels.key((Enum<?>) constant))
                            .isEqualTo(labels.of((Enum<?>) constant, language));
                    try {
                        String words = messages.getMessage(Labels.key((Enum<?>) constant), null, language);
                        if (words.isBlank()) {
                            missing.add(Labels.key((Enum<?>) constant) + " (" + language + ", blank)");
                        }
                    } catch (NoSuchMessageException e) {
                        missing.add(Labels.key((Enum<?>) constant) + " (" + language + ")");
                    }
                }
            }
        }
        assertThat(missing).as("enum constants without words in a bundle").isEmpty();
    }

    @Test
    void aConstantIsReadInTheRequestLanguageAndParsedFromEitherLanguageOrItsCode() {
        assertThat(labels.of(Priority.HIGH, Locale.forLanguageTag("es"))).isEqualTo("Alta");
        assertThat(labels.of(Priority.HIGH, Locale.ENGLISH)).isEqualTo("High");
        assertThat(labels.of(null)).isEmpty();
        assertThat(labels.parse(Priority.class, " alta ")).contains(Priority.HIGH);
        assertThat(labels.parse(Priority.class, "URGENTE")).contains(Priority.URGENT);
        assertThat(labels.parse(Priority.class, "Medium")).contains(Priority.MEDIUM);
        assertThat(labels.parse(Priority.class, "low")).contains(Priority.LOW);
        assertThat(labels.parse(Priority.class, "altísima")).isEmpty();
        assertThat(labels.parse(Priority.class, " ")).isEmpty();
    }
}
