package org.minga.training.internal.domain;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A capacity of a jurisdiction's catalogue (capacidad): of one {@link CapacityKind}, with the competences under it, as
 * data. Programmes develop capacities; people hold them once they complete a programme; a team's role needs some.
 */
@Table("capacity")
public class Capacity extends CatalogueEntry<Capacity> {

    private CapacityKind kind;
    @MappedCollection(idColumn = "capacity_id", keyColumn = "position")
    private List<Competence> competences = new ArrayList<>();

    private Capacity() {
    }

    /** A new capacity; refuses a missing code, name or kind, or a competence without words. */
    public static Capacity define(long jurisdictionId, String code, String name, CapacityKind kind,
            List<String> competences) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || code.isBlank() || code.strip().length() > 40) {
            errors.add(new FieldError("code", "Indique el código de la capacidad (hasta 40 caracteres)."));
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            errors.add(new FieldError("name", "Indique el nombre de la capacidad (hasta 200 caracteres)."));
        }
        if (kind == null) {
            errors.add(new FieldError("kind",
                    "Indique el tipo: técnica, tecnológica, relacional, administrativa o analítica."));
        }
        List<Competence> list = new ArrayList<>();
        for (String c : competences == null ? List.<String>of() : competences) {
            if (c != null && !c.isBlank()) {
                if (c.strip().length() > 300) {
                    errors.add(new FieldError("competences", "Cada competencia admite 300 caracteres."));
                }
                list.add(new Competence(c.strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Capacity c = new Capacity();
        c.catalogue(jurisdictionId, code, name);
        c.kind = kind;
        c.competences = list;
        return c;
    }

    public CapacityKind kind() {
        return kind;
    }

    public List<Competence> competences() {
        return List.copyOf(competences);
    }
}
