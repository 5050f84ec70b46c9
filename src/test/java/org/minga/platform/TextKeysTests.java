package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TextKeysTests {

    /** The definition the keys follow: NFD, marks removed, lower case, trimmed, whitespace runs as one space. */
    private static String reference(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    @Test
    void namesPeopleTypeGetOneKey() {
        assertThat(TextKeys.key("  Ciudad   Bolívar ")).isEqualTo("ciudad bolivar");
        assertThat(TextKeys.key("CIUDAD BOLIVAR")).isEqualTo("ciudad bolivar");
        assertThat(TextKeys.key("María José\tMUÑOZ")).isEqualTo("maria jose munoz");
        assertThat(TextKeys.key("Ñuñoa")).isEqualTo("nunoa");
        assertThat(TextKeys.key("Bogotá, D.C.")).isEqualTo("bogota, d.c.");
        assertThat(TextKeys.key(null)).isNull();
        assertThat(TextKeys.key("")).isEmpty();
    }

    @Test
    void theLatinOneShortcutGivesTheSameKeysAsTheGeneralRule() {
        Random r = new Random(7);
        String alphabet = "aeiouAEIOU áéíóúÁÉÍÓÚñÑüÜçÇæßøØ\t\n\r\u000B\f\u00A0 x";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(r.nextInt(8) == 0 ? (char) r.nextInt(256) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(TextKeys.key(s)).as("key of '%s'", s).isEqualTo(reference(s));
        }
        // outside Latin-1, the general rule applies: combining marks and other scripts
        for (String s : new String[]{"Jose\u0301 Pe\u0301rez", "Łódź", "ΣΟΦΊΑ ΟΔΟΣ", "İstanbul", "Nguyễn  Văn"}) {
            assertThat(TextKeys.key(s)).isEqualTo(reference(s));
        }
    }
}
