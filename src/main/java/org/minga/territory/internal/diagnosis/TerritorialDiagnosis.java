package org.minga.territory.internal.diagnosis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.minga.platform.Identity;
import org.minga.platform.ValidationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a territory's shared diagnosis (diagnóstico territorial compartido): its needs, potentialities and
 * qualitative reading, authored by the local body, with the evidence it rests on. A diagnosis is never edited in
 * place: {@link #next} writes the following edition, and a saved version never changes (the table refuses it).
 */
@Table("territorial_diagnosis")
public class TerritorialDiagnosis {

    /** What a version says; every text is required. */
    public record Content(String authoredBy, String needs, String potentialities, String reading,
            List<Evidence> evidence) {
        public Content {
            authoredBy = required("authoredBy", "el órgano local que lo elaboró", authoredBy, 200);
            needs = required("needs", "las necesidades", needs, 20_000);
            potentialities = required("potentialities", "las potencialidades", potentialities, 20_000);
            reading = required("reading", "la lectura cualitativa", reading, 20_000);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }

        private static String required(String field, String what, String text, int max) {
            if (text == null || text.isBlank()) {
                throw new ValidationException(field, "Escriba " + what + ".");
            }
            if (text.strip().length() > max) {
                throw new ValidationException(field, "El texto de " + what + " admite máximo " + max + " caracteres.");
            }
            return text.strip();
        }
    }

    @Id
    private Long id;
    private long jurisdictionId;
    private long territoryId;
    private int edition;
    private String authoredBy;
    private String needs;
    private String potentialities;
    private String reading;
    private String createdBy;
    private Instant createdAt;
    @MappedCollection(idColumn = "diagnosis_id", keyColumn = "position")
    private List<Evidence> evidence = new ArrayList<>();

    private TerritorialDiagnosis() {
    }

    /** The first version of a territory's diagnosis. */
    public static TerritorialDiagnosis first(long jurisdictionId, long territoryId, Content content, String by) {
        return written(jurisdictionId, territoryId, 1, content, by);
    }

    /** The version that follows this one, for the same territory. */
    public TerritorialDiagnosis next(Content content, String by) {
        return written(jurisdictionId, territoryId, edition + 1, content, by);
    }

    private static TerritorialDiagnosis written(long jurisdictionId, long territoryId, int edition, Content c,
            String by) {
        TerritorialDiagnosis d = new TerritorialDiagnosis();
        d.jurisdictionId = jurisdictionId;
        d.territoryId = territoryId;
        d.edition = edition;
        d.authoredBy = c.authoredBy();
        d.needs = c.needs();
        d.potentialities = c.potentialities();
        d.reading = c.reading();
        d.evidence = new ArrayList<>(c.evidence());
        d.createdBy = by;
        d.createdAt = Instant.now();
        return d;
    }

    public Identity<TerritorialDiagnosis> id() {
        return id == null ? null : new Identity<>(id);
    }

    public int edition() {
        return edition;
    }

    public long territoryId() {
        return territoryId;
    }
}
