package org.minga.governance.internal.domain;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A type of body in a jurisdiction's catalogue (seed 004: the Comisión, the Mesa MAS Bienestar and its tiers, the
 * instances of Acuerdo 257, the local councils, the Unidades Técnicas de Apoyo...): data, not an enum, so each
 * jurisdiction names its own. A temporary type is for units created for a priority or an exercise: its bodies
 * carry an end date. Mapped by Spring Data JDBC to {@code gov_body_type}.
 */
@Table("gov_body_type")
public class BodyType extends CatalogueEntry<BodyType> {

    private boolean temporary;
    private String description;
    private int position;
    private boolean active;

    private BodyType() {
    }

    /** A new type in a jurisdiction's catalogue; its code is written in capitals, letters, digits and _. */
    public static BodyType add(long jurisdictionId, String code, String name, boolean temporary, String description,
            int position) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9_]{2,40}")) {
            throw new ValidationException("code",
                    "El código del tipo admite de 2 a 40 letras sin tilde, números o _ (p. ej. MESA_TEMATICA).");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new ValidationException("name", "Indique el nombre del tipo de instancia (hasta 200 caracteres).");
        }
        BodyType t = new BodyType();
        t.catalogue(jurisdictionId, c, name);
        t.temporary = temporary;
        t.description = blank(description);
        t.position = position;
        t.active = true;
        return t;
    }

    public boolean temporary() {
        return temporary;
    }
}
