package org.minga.territory.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minga.platform.ValidationException;

/**
 * A new version of a diagnosis as it is sent: the local body, needs, potentialities, the qualitative reading, and
 * evidence links ({@code kind}: FIGURE, ASSET, DIALOGUE or PRACTICE).
 */
public record DiagnosisForm(String authoredBy, String needs, String potentialities, String reading,
        List<EvidenceForm> evidence) {

    /** One evidence link as sent. */
    public record EvidenceForm(String kind, String title, String url) {
    }

    /** The checked content, or a {@link ValidationException} naming the field. */
    TerritorialDiagnosis.Content content() {
        List<Evidence> links = new ArrayList<>();
        for (EvidenceForm e : evidence == null ? List.<EvidenceForm>of() : evidence) {
            links.add(new Evidence(kind(e == null ? null : e.kind()), e == null ? null : e.title(),
                    e == null ? null : e.url()));
        }
        return new TerritorialDiagnosis.Content(authoredBy, needs, potentialities, reading, links);
    }

    private static EvidenceKind kind(String text) {
        if (text != null) {
            for (EvidenceKind k : EvidenceKind.values()) {
                if (k.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                    return k;
                }
            }
        }
        throw new ValidationException("evidence.kind",
                "El tipo de evidencia debe ser FIGURE (cifra), ASSET (activo social), DIALOGUE (diálogo) o PRACTICE "
                        + "(práctica).");
    }
}
