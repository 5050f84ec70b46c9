package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Document numbers per type, with the ages each document is for. */
class DocumentTypeTests {

    @Test
    void validNumbersPass() {
        assertThat(DocumentType.CC.problem("1.020.304.050", 30, "CO")).isNull();
        assertThat(DocumentType.TI.problem("1001234567", 12, "CO")).isNull();
        assertThat(DocumentType.RC.problem("1234567890", 2, "CO")).isNull();
        assertThat(DocumentType.PEP.problem("123456789012345", 30, "CO")).isNull();
        assertThat(DocumentType.PA.problem("ab123456", 40, "CO")).isNull();
        assertThat(DocumentType.SD.problem(null, 40, "CO")).isNull();
        assertThat(DocumentType.RUN.problem("12.345.678-5", 40, "CL")).isNull();
    }

    @Test
    void invalidNumbersNameTheProblem() {
        assertThat(DocumentType.CC.problem("0123456", 30, "CO"))
                .isEqualTo("El número de cédula de ciudadanía no empieza por 0.");
        assertThat(DocumentType.TI.problem("123", 12, "CO")).contains("de 10 u 11 dígitos");
        assertThat(DocumentType.TI.problem("1001234567", 25, "CO"))
                .contains("de 7 a 17 años; la persona tiene 25 años");
        assertThat(DocumentType.SD.problem("123", 40, "CO")).contains("deje el número vacío");
        assertThat(DocumentType.CE.problem(null, 40, "CO"))
                .isEqualTo("Falta el número de documento (Cédula de extranjería).");
        assertThat(DocumentType.RUN.problem("12345678-9", 40, "CL")).contains("dígito verificador");
        assertThat(DocumentType.RUN.problem("12345678-5", 40, "CO")).contains("solo se usa en jurisdicciones de Chile");
        assertThat(DocumentType.parse("Pasaporte")).isEqualTo(DocumentType.PA);
        assertThat(DocumentType.parse("C.C.")).isEqualTo(DocumentType.CC);
        assertThat(DocumentType.parse("DNI")).isNull();
    }
}
