package org.minga.training.internal.indicators;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.minga.platform.Labels;
import org.minga.training.internal.domain.Audience;
import org.minga.training.internal.domain.CapacityKind;

/**
 * People trained in the period split by one value (issue 20, point 8): the participants who completed a programme
 * for an audience, or a programme developing a capacity of a kind, counted where they work or live. One source per
 * value, keyed {@code training.people-trained.audience.<code>} or {@code training.people-trained.capacity.<code>}
 * (the value's name in lower case with dashes), named with the value's Spanish words.
 */
record PeopleTrained(SubtreeQueries queries, String key, String label, String definition, String unit,
        IndicatorDirection direction, boolean flow, String programmeCondition) implements IndicatorSource {

    /** Completed participants of the jurisdiction in each path's subtree whose programme meets the condition. */
    private static final String QUERY = """
            select p.path, (select count(*) from training_participant x join training_programme g on g.id = x.programme_id
                             where x.jurisdiction_id = :j and x.status = 'COMPLETED'
                               and x.completed_on between :from and :to and (%s)
                               and x.territory_path ~>=~ p.path and x.territory_path ~<~ (p.path || '~'))
              from unnest(cast(:paths as text[])) as p(path)""";

    static PeopleTrained forAudience(SubtreeQueries queries, Audience audience) {
        String words = Labels.inSpanish(audience);
        return new PeopleTrained(queries, "training.people-trained.audience." + code(audience),
                "Personas formadas: " + words.toLowerCase(Locale.ROOT),
                "Personas que completaron en el periodo un programa de formación dirigido a «" + words + "».",
                "personas", IndicatorDirection.HIGHER_IS_BETTER, true, "g.audience = '" + audience.name() + "'");
    }

    static PeopleTrained forCapacityKind(SubtreeQueries queries, CapacityKind kind) {
        String words = Labels.inSpanish(kind);
        return new PeopleTrained(queries, "training.people-trained.capacity." + code(kind),
                "Personas formadas en capacidades de tipo " + words.toLowerCase(Locale.ROOT),
                "Personas que completaron en el periodo un programa de formación que desarrolla al menos una "
                        + "capacidad del catálogo de tipo «" + words + "».",
                "personas", IndicatorDirection.HIGHER_IS_BETTER, true,
                "exists (select 1 from training_programme_capacity pc join capacity c on c.id = pc.capacity_id"
                        + " where pc.programme_id = g.id and c.kind = '" + kind.name() + "')");
    }

    /** EXTRAMURAL_TEAMS → extramural-teams. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Map<String, Double> values(long jurisdictionId, Collection<String> territoryPaths, LocalDate from,
            LocalDate to) {
        return queries.run(QUERY.formatted(programmeCondition), jurisdictionId, territoryPaths, from, to, false);
    }

    @Override
    public List<Map<String, Double>> series(long jurisdictionId, Collection<String> territoryPaths,
            List<Span> periods) {
        return queries.runByPeriod(QUERY.formatted(programmeCondition), jurisdictionId, territoryPaths, periods,
                false);
    }
}
