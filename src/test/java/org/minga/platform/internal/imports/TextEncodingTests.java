package org.minga.platform.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextEncodingTests {

    @Test
    void utf8WithByteOrderMarkIsUtf8AndTheMarkIsSkipped() {
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "código;Bogotá".getBytes(StandardCharsets.UTF_8));
        TextEncoding.Detected detected = TextEncoding.detect(bytes);
        assertThat(detected.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detected.decode(bytes)).isEqualTo("código;Bogotá");
    }

    @Test
    void validUtf8WithoutMarkIsUtf8() {
        byte[] bytes = "nombre\nÑuñoa".getBytes(StandardCharsets.UTF_8);
        assertThat(TextEncoding.detect(bytes).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextEncoding.detect(bytes).decode(bytes)).isEqualTo("nombre\nÑuñoa");
    }

    @Test
    void excelCsvFromColombiaIsWindows1252() {
        byte[] bytes = "nombre;valor\nBogotá;1.234,5\nÑuñoa;€ 3".getBytes(TextEncoding.WINDOWS_1252);
        TextEncoding.Detected detected = TextEncoding.detect(bytes);
        assertThat(detected.charset()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(detected.decode(bytes)).isEqualTo("nombre;valor\nBogotá;1.234,5\nÑuñoa;€ 3");
    }

    @Test
    void plainAsciiReadsTheSameEitherWay() {
        byte[] bytes = "codigo,nombre\n1,Suba".getBytes(StandardCharsets.US_ASCII);
        assertThat(TextEncoding.detect(bytes).decode(bytes)).isEqualTo("codigo,nombre\n1,Suba");
    }

    @Test
    void excelUnicodeTextIsUtf16LittleEndian() {
        byte[] bytes = concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                "código\tnombre".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextEncoding.detect(bytes).decode(bytes)).isEqualTo("código\tnombre");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
