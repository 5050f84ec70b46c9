package org.minga.planning.internal.domain;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Where the money of an action comes from, in a jurisdiction's own catalogue: for Bogotá the Plan de
 * Intervenciones Colectivas (PIC), the Sistema General de Participaciones (SGP), the Unidad de Pago por Capitación
 * (UPC), recursos ordinarios and cooperación. Its code is short and unique in the jurisdiction.
 *
 * <p>Mapped by Spring Data JDBC to {@code funding_source}.
 */
@Table("funding_source")
public class FundingSource extends CatalogueEntry<FundingSource> {

    private int position;

    private FundingSource() {
    }

    /** A new source at the end of the catalogue ({@code position}). */
    public static FundingSource add(long jurisdictionId, String code, String name, int position) {
        if (code == null || code.isBlank() || code.strip().length() > 20) {
            throw new ValidationException("code", "Indique el código de la fuente (hasta 20 caracteres), p. ej. SGP.");
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "Indique el nombre de la fuente de financiación.");
        }
        FundingSource s = new FundingSource();
        s.catalogue(jurisdictionId, code.strip().toUpperCase(java.util.Locale.ROOT), name);
        s.position = position;
        return s;
    }
}
