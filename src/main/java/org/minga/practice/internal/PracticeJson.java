package org.minga.practice.internal;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minga.platform.Labels;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdictions;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.springframework.stereotype.Component;

/**
 * The JSON document of a practice: the format (code and version) it is answered on and its answers by
 * question key, with its metadata. What is exported can be imported again (as a new draft).
 */
@Component
record PracticeJson(FormatCatalog formats, PracticeService practices, Jurisdictions jurisdictions,
        Territories territories, ObjectMapper json, Labels labels) {

    Document export(GoodPractice p) {
        PracticeFormat f = formats.require(p.formatId());
        String jurisdiction = jurisdictions.byId(p.jurisdictionId()).map(j -> j.code()).orElse(null);
        String territory = p.territoryId() == null ? null
                : territories.byId(p.territoryId()).map(t -> t.code()).orElse(null);
        return new Document(p.id(), new FormatRef(f.code(), f.version(), f.name()), jurisdiction, territory, p.title(),
                p.entityName(), p.sector(), p.process(), p.year(), p.level(), p.status().name(),
                labels.spanish(p.status()),
                p.shareAuthorized(), p.observations(), p.answers(), p.updatedAt(), p.publishedAt(), p.version());
    }

    Document read(String text) {
        try {
            return json.readValue(text, Document.class);
        } catch (JsonProcessingException e) {
            throw new ValidationException("file",
                    "El archivo no es un JSON de buena práctica válido: " + e.getOriginalMessage());
        }
    }

    GoodPractice importDocument(Document doc, CurrentUser user) {
        if (doc.format() == null || doc.format().code() == null) {
            throw new ValidationException("format",
                    "El documento no indica su formato (format.code y format.version).");
        }
        PracticeFormat f = formats.byCode(doc.format().code(), doc.format().version())
                .orElseThrow(() -> new ValidationException("format", "El formato «" + doc.format().code() + "» versión "
                        + doc.format().version() + " no existe en Minga."));
        Long territoryId = null;
        if (doc.territory() != null && doc.jurisdiction() != null) {
            long j = jurisdictions.requireVisible(doc.jurisdiction(), user).id();
            territoryId = territories.byCode(j, doc.territory())
                    .orElseThrow(() -> new ValidationException("territory",
                            "El territorio «" + doc.territory() + "» no existe."))
                    .id();
        }
        return practices.create(new NewPractice(f.id(), doc.jurisdiction(), doc.title(), doc.entityName(), doc.sector(),
                doc.process(), doc.year(), territoryId, doc.shareAuthorized(), doc.answers()), user);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(Long id, FormatRef format, String jurisdiction, String territory, String title, String entityName,
            String sector, String process, Integer year, Integer level, String status, String statusLabel,
            Boolean shareAuthorized, String observations, Map<String, Object> answers, OffsetDateTime updatedAt,
            OffsetDateTime publishedAt, Integer version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FormatRef(String code, Integer version, String name) {
    }
}
