package org.minga.household.internal.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.minga.household.DocumentType;
import org.minga.household.internal.shared.StateTransitionRefused;
import org.minga.platform.Identity;
import org.minga.platform.ValidationException;

/** A person's record: its values checked where they are made, and a record no longer used refusing every change. */
class PersonTransitionsTests {

    static final Person.Placement IN_SUBA = new Person.Placement(1, 10L, 5, "/1/5/");

    private static Person person(long id) {
        return Person.register(new Identity<>(id), IN_SUBA, new IdentityDocument(DocumentType.CC, "52.123.456"),
                new Person.Names(" María ", null, "Gómez", ""), profile(), "campo.suba", Instant.now());
    }

    private static Person.Profile profile() {
        return new Person.Profile(Kinship.JEFE, LocalDate.of(1980, 1, 1), "F", null, "NINGUNA", false, false, null,
                null, null);
    }

    @Test
    void theDocumentIsStoredWithoutDotsAndAPersonWithoutDocumentHasNoNumber() {
        assertThat(new IdentityDocument(DocumentType.CC, "52.123.456").number()).isEqualTo("52123456");
        assertThat(new IdentityDocument(DocumentType.SD, null).number()).isNull();
        assertThatThrownBy(() -> new IdentityDocument(DocumentType.SD, "123")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("sin documento no lleva número");
        assertThatThrownBy(() -> new IdentityDocument(DocumentType.CC, " ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Falta el número de documento");
        assertThatThrownBy(() -> IdentityDocument.of(DocumentType.TI, "123", 12, "CO"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("de 10 u 11 dígitos");
    }

    @Test
    void namesNeedAFirstNameAndASurnameAndAreSearchedWithoutAccents() {
        assertThat(new Person.Names(" José ", "Ángel", "Núñez", null).key()).isEqualTo("jose angel nunez");
        assertThatThrownBy(() -> new Person.Names("José", null, " ", null)).isInstanceOf(ValidationException.class)
                .hasMessage("lastName: Indique el primer apellido.");
    }

    @Test
    void aDisabilityCertificateNeedsADisability() {
        assertThatThrownBy(
                () -> new Person.Profile(Kinship.HIJO, LocalDate.of(2015, 1, 1), "M", null, null, false, true,
                        null, null, null)).isInstanceOf(ValidationException.class)
                                .hasMessageContaining("certificado de discapacidad");
    }

    @Test
    void aMergedRecordIsHistoryAndRefusesCorrectionsAndASecondMerge() {
        Person duplicate = person(8);
        duplicate.mergeInto(new Identity<>(3), Instant.now());
        assertThat(duplicate.mergedInto()).isEqualTo(3L);
        assertThat(duplicate.usable()).isFalse();
        assertThatThrownBy(() -> duplicate.correct(new IdentityDocument(DocumentType.CC, "52123456"),
                new Person.Names("María", null, "Gómez", null), profile(), Instant.now()))
                        .isInstanceOf(StateTransitionRefused.class).hasMessageContaining("se fusionó con la persona 3");
        assertThatThrownBy(() -> duplicate.mergeInto(new Identity<>(4), Instant.now()))
                .isInstanceOf(StateTransitionRefused.class);
    }

    @Test
    void aPersonIsNotMergedIntoThemselves() {
        assertThatThrownBy(() -> person(8).mergeInto(new Identity<>(8), Instant.now()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no se fusiona consigo misma");
    }

    @Test
    void aPersonWhoWithdrewEveryAuthorizationIsKeptButNotChanged() {
        Person p = person(8);
        p.stopProcessing();
        assertThatThrownBy(() -> p.correct(p.document(), new Person.Names("María", null, "Gómez", null), profile(),
                Instant.now())).isInstanceOf(StateTransitionRefused.class)
                        .hasMessageContaining("revocó su autorización");
    }

    @Test
    void kinshipIsReadFromFormsAndFilesCaseAside() {
        assertThat(Kinship.parse(" conyuge ")).isEqualTo(Kinship.CONYUGE);
        assertThat(Kinship.parse("PRIMO")).isNull();
        assertThat(Kinship.names()).startsWith("ABUELO", "CONYUGE");
    }
}
