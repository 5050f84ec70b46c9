package org.minga.offer.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import org.minga.platform.ValidationException;

/**
 * The filters of the HSDS 3.0 lists, as the query parameters of its OpenAPI name them: {@code search},
 * {@code organization_id}, {@code modified_after}, {@code taxonomy_term_id}, {@code taxonomy_id}, and Minga's
 * {@code jurisdiction} (a DANE or CUT code). An id that names nothing matches nothing.
 */
record HsdsFilter(String search, UUID organizationId, Long jurisdictionId, Instant modifiedAfter,
        UUID taxonomyTermId, UUID taxonomyId) {

    /** The filters read from the query parameters; a malformed value answers 400 naming the parameter. */
    static HsdsFilter of(String search, String organizationId, Long jurisdictionId, String modifiedAfter,
            String taxonomyTermId, String taxonomyId) {
        return new HsdsFilter(search, id("organization_id", organizationId), jurisdictionId,
                instant(modifiedAfter), id("taxonomy_term_id", taxonomyTermId), id("taxonomy_id", taxonomyId));
    }

    static final HsdsFilter NONE = new HsdsFilter(null, null, null, null, null, null);

    /**
     * Appends the conditions on the services ({@code s}, offer_service): only active services, then every filter
     * given but the organisation, whose state the actors tell ({@link HsdsReadModel#activeProviders}).
     */
    void where(StringBuilder where, Map<String, Object> params) {
        where.append(" and s.status = 'ACTIVE'");
        OfferReadModel.matchWords(search, where, params);
        if (jurisdictionId != null) {
            where.append(" and s.jurisdiction_id = :jc");
            params.put("jc", jurisdictionId);
        }
        if (modifiedAfter != null) {
            where.append(" and s.updated_at >= :modified");
            params.put("modified", Timestamp.from(modifiedAfter));
        }
        if (taxonomyTermId != null) {
            HsdsTaxonomies.Term term = HsdsTaxonomies.term(taxonomyTermId).orElse(null);
            where.append(term == null ? " and false" : " and " + term.taxonomy().hasTerm());
            params.put("term", term == null ? "" : term.value().name());
        }
        if (taxonomyId != null) {
            where.append(HsdsTaxonomies.taxonomy(taxonomyId).map(t -> " and " + t.hasAny()).orElse(" and false"));
        }
    }

    private static UUID id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "El parámetro " + field + " debe ser un UUID.");
        }
    }

    /** ISO 8601: a date (its start in UTC), a date and time with offset or Z, or without one (UTC). */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Instant at;
        try {
            if (t.length() == 10) {
                at = LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            } else if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                at = OffsetDateTime.parse(t.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
            } else {
                at = LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new ValidationException("modified_after", "La fecha «" + t
                    + "» no es válida: use ISO 8601, por ejemplo 2026-03-01 o 2026-03-01T08:00:00-05:00.");
        }
        return at; // any valid instant filters: one in the future simply answers nothing (the 2999 case)
    }
}
