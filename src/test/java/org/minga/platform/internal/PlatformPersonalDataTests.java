package org.minga.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.minga.platform.DataSubjectRef;

/** A stored import file loses the person's lines' identifiers and keeps everything else, in its own encoding. */
class PlatformPersonalDataTests {

    final DataSubjectRef person = DataSubjectRef.of(1, 1).document("1093123456").name("Zenobia Quirquincho")
            .name("Zenobia Quirquincho Ñandubay").build();

    @Test
    void aWindows1252FileStaysWindows1252AndOnlyThePersonsLineChanges() {
        String csv = "documento;nombre;apellido;segundo\r\n1093123456;Zenobia;Quirquincho;Ñandubay\r\n5566;Zenobia;Peña;Muñoz\r\n";
        byte[] scrubbed = PlatformPersonalData.scrubText(csv.getBytes(PlatformPersonalData.WINDOWS_1252), person);
        assertThat(new String(scrubbed, PlatformPersonalData.WINDOWS_1252))
                .isEqualTo("documento;nombre;apellido;segundo\r\n"
                        + "ANONIMIZADO;ANONIMIZADO;ANONIMIZADO;ANONIMIZADO\r\n5566;Zenobia;Peña;Muñoz\r\n");
    }

    @Test
    void aUtf8FileStaysUtf8() {
        String csv = "\uFEFFdocumento,nombre\n1093123456,Zenobia Ñandubay\n";
        byte[] scrubbed = PlatformPersonalData.scrubText(csv.getBytes(StandardCharsets.UTF_8), person);
        assertThat(new String(scrubbed, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFdocumento,nombre\nANONIMIZADO,ANONIMIZADO ANONIMIZADO\n");
    }
}
