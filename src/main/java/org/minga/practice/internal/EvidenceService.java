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
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final Territories territories;
    private final AuditLog audit;
    private final Map<String, EvidenceSource> sources;

    EvidenceService(JdbcClient jdbc, Territories territories, AuditLog audit, List<EvidenceSource> sources,
            Labels labels) {
        this.labels = labels;
        this.jdbc = jdbc;
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
        long id = jdbc.sql("""
                insert into practice_link (practice_id, lesson_id, link_type, target_ref, label, created_by)
                values (:p, :l, :t, :r, :label, :u) returning id""")
                .param("p", practiceId).param("l", lessonId).param("t", t.code()).param("r", ref)
                .param("label", resolvedLabel).param("u", user.username()).query(Long.class).single();
        audit.record("CREATE", "practice_link", id, jurisdictionId,
                "Evidencia enlazada: " + labels.spanish(t) + " " + ref,
                null,
                Map.of("type", t.code(), "reference", ref));
        return new Link(id, t, ref, resolvedLabel, ev.orElse(null));
    }

    @Transactional
    void remove(long linkId, long jurisdictionId, CurrentUser user) {
        int n = jdbc.sql("delete from practice_link where id = :id").param("id", linkId).update();
        if (n == 0) {
            throw new NotFoundException("El enlace " + linkId + " no existe.");
        }
        audit.record("DELETE", "practice_link", linkId, jurisdictionId, "Evidencia quitada", null, null);
    }

    List<Link> ofPractice(long practiceId, long jurisdictionId) {
        return load("practice_id", practiceId, jurisdictionId);
    }

    List<Link> ofLesson(long lessonId, long jurisdictionId) {
        return load("lesson_id", lessonId, jurisdictionId);
    }

    private List<Link> load(String column, long id, long jurisdictionId) {
        // the links first, their live figures after the links' result set is closed: one connection at a time
        List<Link> links = jdbc.sql("select id, link_type, target_ref, label from practice_link where " + column
                + " = :id order by id")
                .param("id", id)
                .query((rs, n) -> new Link(rs.getLong("id"), LinkType.of(rs.getString("link_type")),
                        rs.getString("target_ref"),
                        rs.getString("label"), null))
                .list();
        return links.stream().map(l -> l.type() == null ? l : new Link(l.id(), l.type(), l.reference(), l.label(),
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
                return variable(jurisdictionId, ref);
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
            long children = jdbc.sql("select count(*) from territory where parent_id = :id").param("id", v.id())
                    .query(Long.class).single();
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
        return jdbc
                .sql("""
                        select r.id, r.name, r.year, r.level_name, r.scored_count,
                               (select territory_name from prioritization_result x where x.run_id = r.id and x.rank = 1 limit 1) as first
                        from prioritization_run r where r.id = :id and r.jurisdiction_id = :j""")
                .param("id", Long.parseLong(ref)).param("j", jurisdictionId)
                .query((rs, n) -> new EvidenceSource.Evidence(rs.getString("name"),
                        "/territories/prioritization/runs/" + rs.getLong("id"),
                        List.of(new EvidenceSource.Figure("Año", String.valueOf(rs.getInt("year"))),
                                new EvidenceSource.Figure(
                                        "Territorios priorizados (" + rs.getString("level_name") + ")",
                                        number(rs.getInt("scored_count"))),
                                new EvidenceSource.Figure("Primer lugar",
                                        rs.getString("first") == null ? "—" : rs.getString("first")))))
                .optional();
    }

    private Optional<EvidenceSource.Evidence> variable(long jurisdictionId, String ref) {
        return jdbc.sql("""
                select v.id, v.name, v.unit,
                       (select max(year) from variable_value x where x.variable_id = v.id) as last_year,
                       (select count(*) from variable_value x where x.variable_id = v.id) as values_count
                from social_variable v where v.jurisdiction_id = :j and (v.code = :r or cast(v.id as text) = :r)""")
                .param("j", jurisdictionId).param("r", ref)
                .query((rs, n) -> new EvidenceSource.Evidence(rs.getString("name"),
                        "/territories/variables/" + rs.getLong("id"),
                        List.of(new EvidenceSource.Figure("Unidad", rs.getString("unit")),
                                new EvidenceSource.Figure("Último año con datos",
                                        rs.getObject("last_year") == null ? "—"
                                                : String.valueOf(rs.getInt("last_year"))),
                                new EvidenceSource.Figure("Valores registrados", number(rs.getLong("values_count"))))))
                .optional();
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
