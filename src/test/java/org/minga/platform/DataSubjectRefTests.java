package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scrubbing a person's identifiers out of free text, as a deletion does in every module. */
class DataSubjectRefTests {

    final DataSubjectRef zenobia = DataSubjectRef.of(1, 1).name("Zenobia Quirquincho")
            .name("Zenobia Filomena Quirquincho Ñandubay")
            .document("1093123456").phone("3105550199").email("Zenobia.Q@Example.org").address("Carrera 99 Bis # 77-13")
            .build();

    @Test
    void everyIdentifierAndNameWordIsReplacedWhateverTheCaseOrAccents() {
        assertThat(zenobia.scrub("ZENOBIA quirquincho (CC 1093123456, tel. 3105550199, zenobia.q@example.org) vive en "
                + "Carrera 99  Bis # 77-13 con su hermana Nandubay"))
                        .isEqualTo(
                                "ANONIMIZADO (CC ANONIMIZADO, tel. ANONIMIZADO, ANONIMIZADO) vive en ANONIMIZADO con su hermana ANONIMIZADO");
        assertThat(zenobia.scrub(null)).isNull();
    }

    @Test
    void onlyWholeWordsAndOnlyTextThatPointsAtThePersonAreTouched() {
        // a word that merely contains a name word, and a longer number, stay
        assertThat(zenobia.scrub("Zenobias 109312345678")).isEqualTo("Zenobias 109312345678");
        // a first name alone does not point at the person: text elsewhere that only shares it stays
        assertThat(zenobia.mentions("Zenobia Pérez asistió")).isFalse();
        assertThat(zenobia.scrubIfMentioned("Zenobia Pérez asistió")).isEqualTo("Zenobia Pérez asistió");
        assertThat(zenobia.scrubIfMentioned("Llamar a Zenobia al 3105550199"))
                .isEqualTo("Llamar a ANONIMIZADO al ANONIMIZADO");
    }

    @Test
    void aOneWordNameIsScrubbedFromThePersonsRowsButFindsNoCopies() {
        DataSubjectRef maria = DataSubjectRef.of(3, 1).name("María").build();
        assertThat(maria.strongIdentifiers()).isEmpty();
        assertThat(maria.mentions("Maria Gómez asistió")).isFalse();
        assertThat(maria.scrub("Llamar a Maria")).isEqualTo("Llamar a ANONIMIZADO");
    }

    @Test
    void aPersonWithoutIdentifiersScrubsNothing() {
        DataSubjectRef none = DataSubjectRef.of(2, 1).name(" ").document(null).name("ANONIMIZADO").build();
        assertThat(none.strongIdentifiers()).isEmpty();
        assertThat(none.scrub("Texto libre")).isEqualTo("Texto libre");
        assertThat(none.mentions("Texto libre")).isFalse();
    }
}
