package org.minga.territory.internal.diagnosis;

import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/** A link a diagnosis rests on: its kind, a title and an http(s) address. */
@Table("territorial_diagnosis_evidence")
public record Evidence(EvidenceKind kind, String title, String url) {

    public Evidence {
        if (kind == null) {
            throw new ValidationException("evidence.kind",
                    "Indique el tipo de evidencia (cifra, activo social, diálogo o práctica).");
        }
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new ValidationException("evidence.title",
                    "Indique el título de la evidencia (máximo 300 caracteres).");
        }
        if (url == null || !url.strip().matches("(?i)(https?://|/)\\S+") || url.strip().length() > 1000) {
            throw new ValidationException("evidence.url",
                    "El enlace de la evidencia debe empezar por http://, https:// o / (una página de Minga).");
        }
        title = title.strip();
        url = url.strip();
    }
}
