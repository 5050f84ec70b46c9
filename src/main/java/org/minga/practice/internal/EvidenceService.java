package org.minga.practice.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minga.platform.Labels;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.practice.EvidenceSource;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence from data: links from a practice or a lesson to Minga records, with the records' live figures.
 * Territories come from the territory API; prioritisation runs and social variables are read from the
 * territory module's tables (read only); other types come from {@link EvidenceSource} beans of the modules
 * that own them, and are shown without figures until such a module exists.
 */
@Service
class EvidenceService {

    private final Labels labels;
    private final PracticeLinkRepository links;
    private final EvidenceReadModel reads;
    private final Territories territories;
    private final AuditLog audit;
    private final Map<String, EvidenceSource> sources;

    EvidenceService(PracticeLinkRepository links, EvidenceReadModel reads, Territories territories, AuditLog audit,
            List<EvidenceSource> sources,
            Labels labels) {
        this.labels = labels;
        this.links = links;
        this.reads = reads;
        this.territories = territories;
        this.audit = audit;
        this.sources = sources.stream()
                .collect(Collectors.toMap(EvidenceSource::linkType, Function.identity(), (a, b) -> a));
    }

    @Transactional
    Link add(Long practiceId, Long lessonId, long jurisdictionId, String type, String reference, String label,
            CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        LinkType t = LinkType.of(type);
        if (t == null) {
            errors.add(new FieldError("linkType", "Elija el tipo de registro que enlaza."));
        }
        if (reference == null || reference.isBlank()) {
            errors.add(new FieldError("reference", "Escriba la referencia (identificador o código) del registro."));
        } else if (reference.strip().length() > 200) {
            errors.add(new FieldError("reference", "La referencia admite hasta 200 caracteres."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String ref = reference.strip();
        String resolvedLabel = label == null || label.isBlank() ? null : label.strip();
        Optional<EvidenceSource.Evidence> ev = figures(t, jurisdictionId, ref);
        if (isLive(t) && ev.isEmpty()) {
            throw new ValidationException("reference",
                    labels.spanish(t) + " «" + ref + "» no existe en la jurisdicción de la práctica.");
        }
        if (resolvedLabel == null) {
            resolvedLabel = ev.map(EvidenceSource.Evidence::title).orElse(labels.spanish(t) + " " + ref);
        }
        long id = links.insert(practiceId, lessonId, t, ref, resolvedLabel, user.username());
        audit.record("CREATE", "practice_link", id, jurisdictionId,
                "Evidencia enlazada: " + labels.spanish(t) + " " + ref,
                null,
                Map.of("type", t.code(), "reference", ref));
        return new Link(id, t, ref, resolvedLabel, ev.orElse(null));
    }

    @Transactional
    void remove(long linkId, long jurisdictionId, CurrentUser user) {
        if (!links.delete(linkId)) {
            throw new NotFoundException("El enlace " + linkId + " no existe.");
        }
        audit.record("DELETE", "practice_link", linkId, jurisdictionId, "Evidencia quitada", null, null);
    }

    List<Link> ofPractice(long practiceId, long jurisdictionId) {
        return withFigures(links.ofPractice(practiceId), jurisdictionId);
    }

    List<Link> ofLesson(long lessonId, long jurisdictionId) {
        return withFigures(links.ofLesson(lessonId), jurisdictionId);
    }

    private List<Link> withFigures(List<Link> found, long jurisdictionId) {
        // the links first, their live figures after the links' result set is closed: one connection at a time
        return found.stream().map(l -> l.type() == null ? l : new Link(l.id(), l.type(), l.reference(), l.label(),
                figures(l.type(), jurisdictionId, l.reference()).orElse(null))).toList();
    }

    boolean isLive(LinkType t) {
        return t == LinkType.TERRITORY || t == LinkType.PRIORITIZATION_RUN || t == LinkType.SOCIAL_VARIABLE
                || sources.containsKey(t.code());
    }

    Optional<EvidenceSource.Evidence> figures(LinkType t, long jurisdictionId, String ref) {
        EvidenceSource source = sources.get(t.code());
        if (source != null) {
            return source.figures(jurisdictionId, ref);
        }
        switch (t) {
            case TERRITORY :
                return territory(jurisdictionId, ref);
            case PRIORITIZATION_RUN :
                return prioritizationRun(jurisdictionId, ref);
            case SOCIAL_VARIABLE :
                return reads.variable(jurisdictionId, ref);
            default :
                return Optional.empty();
        }
    }

    private Optional<EvidenceSource.Evidence> territory(long jurisdictionId, String ref) {
        Optional<TerritoryView> t = territories.byCode(jurisdictionId, ref);
        if (t.isEmpty() && ref.matches("\\d{1,18}")) {
            t = territories.byId(Long.parseLong(ref)).filter(v -> v.jurisdictionId() == jurisdictionId);
        }
        return t.map(v -> {
            List<EvidenceSource.Figure> figures = new ArrayList<>();
            figures.add(new EvidenceSource.Figure("Nivel", v.levelName()));
            figures.add(new EvidenceSource.Figure("Población",
                    v.population() == null ? "sin dato" : number(v.population())));
            long children = reads.childrenOf(v.id());
            if (children > 0) {
                figures.add(new EvidenceSource.Figure("Territorios que contiene", number(children)));
            }
            return new EvidenceSource.Evidence(v.name() + " (" + v.levelName() + ")", "/territories/" + v.id(),
                    figures);
        });
    }

    private Optional<EvidenceSource.Evidence> prioritizationRun(long jurisdictionId, String ref) {
        if (!ref.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return reads.prioritizationRun(jurisdictionId, Long.parseLong(ref));
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("es-CO")).format(n);
    }

    static String number(BigDecimal n) {
        return NumberFormat.getNumberInstance(Locale.forLanguageTag("es-CO")).format(n);
    }

    record Link(long id, LinkType type, String reference, String label, EvidenceSource.Evidence evidence) {
        public boolean live() {
            return evidence != null;
        }
    }
}
