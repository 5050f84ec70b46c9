package org.minga.offer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.minga.actor.Sector;
import org.minga.offer.Need;
import org.minga.offer.ValueGroup;
import org.minga.platform.Labels;

/**
 * The three classifications of the offer published as HSDS 3.0 taxonomies: needs, sectors and population groups.
 * Flat lists (no parent terms); the term's {@code code} is the constant Minga stores, its name the Spanish words of
 * the bundles. Ids are name-based UUIDs, stable across installations, so a directory can keep them.
 */
final class HsdsTaxonomies {

    /** One taxonomy and how a service is tested for one of its terms in SQL ({@code :term} is the code). */
    record Taxonomy(String key, String name, String description, Class<? extends Enum<?>> type, String hasTerm,
            String hasAny) {

        String id() {
            return HsdsReadModel.uuid("hsds-taxonomy:" + key);
        }

        List<Enum<?>> terms() {
            return Arrays.asList(type.getEnumConstants());
        }
    }

    /** A term of a taxonomy. */
    record Term(Taxonomy taxonomy, Enum<?> value) {

        String id() {
            return HsdsReadModel.uuid("hsds-taxonomy-term:" + taxonomy.key() + ":" + value.name());
        }
    }

    static final List<Taxonomy> ALL = List.of(
            new Taxonomy("need", "Necesidades", "Lo que una persona necesita, como lo pregunta el directorio público.",
                    Need.class, ":term = any(s.needs)", "cardinality(s.needs) > 0"),
            new Taxonomy("sector", "Sectores", "El sector de la acción pública al que pertenece el servicio.",
                    Sector.class, "s.sector = :term", "true"),
            new Taxonomy("population_group", "Grupos poblacionales",
                    "Los grupos de población a los que se reserva un servicio.", ValueGroup.class,
                    ":term = any(s.population_groups)", "cardinality(s.population_groups) > 0"));

    private HsdsTaxonomies() {
    }

    static List<Term> terms() {
        List<Term> out = new ArrayList<>();
        for (Taxonomy t : ALL) {
            t.terms().forEach(v -> out.add(new Term(t, v)));
        }
        return out;
    }

    static Optional<Term> term(UUID id) {
        String text = id.toString();
        return terms().stream().filter(t -> t.id().equals(text)).findFirst();
    }

    static Optional<Taxonomy> taxonomy(UUID id) {
        String text = id.toString();
        return ALL.stream().filter(t -> t.id().equals(text)).findFirst();
    }

    static Map<String, Object> taxonomy(Taxonomy t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("description", t.description());
        m.put("version", "1");
        return m;
    }

    static Map<String, Object> term(Term t) {
        Map<String, Object> m = new LinkedHashMap<>();
        String words = Labels.inSpanish(t.value());
        m.put("id", t.id());
        m.put("code", t.value().name());
        m.put("name", words);
        m.put("description", t.taxonomy().name() + ": " + words);
        m.put("taxonomy", t.taxonomy().name());
        m.put("taxonomy_detail", taxonomy(t.taxonomy()));
        m.put("language", "es");
        m.put("taxonomy_id", t.taxonomy().id());
        return m;
    }

    /** The taxonomies whose name or description has every word of the search. */
    static Map<String, Object> taxonomies(String search, org.minga.platform.PageRequest page) {
        List<Map<String, Object>> all = ALL.stream().filter(t -> matches(search, t.name() + " " + t.description()))
                .map(HsdsTaxonomies::taxonomy).toList();
        return slice(all, page);
    }

    /**
     * The terms of one taxonomy (all when none is named) whose words or code have every word of the search. The
     * lists are flat: every term is a top one and none has a parent, so asking for a parent's children finds none.
     */
    static Map<String, Object> terms(String search, UUID taxonomyId, boolean childrenOfAParent,
            org.minga.platform.PageRequest page) {
        String wanted = taxonomyId == null ? null : taxonomyId.toString();
        List<Map<String, Object>> all = childrenOfAParent ? List.of() : terms().stream()
                .filter(t -> wanted == null || t.taxonomy().id().equals(wanted))
                .filter(t -> matches(search, Labels.inSpanish(t.value()) + " " + t.value().name()))
                .map(HsdsTaxonomies::term).toList();
        return slice(all, page);
    }

    private static boolean matches(String search, String text) {
        String key = org.minga.platform.TextKeys.key(text.replace('_', ' '));
        return OfferReadModel.words(search).stream().allMatch(key::contains);
    }

    private static Map<String, Object> slice(List<Map<String, Object>> all, org.minga.platform.PageRequest page) {
        int from = (int) Math.min(page.offset(), all.size());
        int to = (int) Math.min(page.offset() + page.size(), all.size());
        return HsdsReadModel.page(all.size(), page.page() + 1, page.size(), all.subList(from, to));
    }

    /** The service's terms as HSDS attributes (schema attribute), each with its taxonomy term. */
    static List<Map<String, Object>> attributes(ServiceView s) {
        List<Term> terms = new ArrayList<>();
        s.needs().forEach(n -> terms.add(new Term(ALL.get(0), n)));
        if (s.sector() != null) {
            terms.add(new Term(ALL.get(1), s.sector()));
        }
        s.populationGroups().forEach(g -> terms.add(new Term(ALL.get(2), g)));
        return terms.stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", HsdsReadModel.uuid("attribute:" + s.uid() + ":" + t.id()));
            m.put("link_id", s.uid().toString());
            m.put("link_type", t.taxonomy().key());
            m.put("link_entity", "service");
            m.put("taxonomy_term_id", t.id());
            m.put("taxonomy_term", term(t));
            return m;
        }).toList();
    }
}
