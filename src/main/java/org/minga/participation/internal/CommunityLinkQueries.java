package org.minga.participation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.minga.offer.ValueGroup;
import org.minga.participation.internal.SurveyReadModel.SurveyView;
import org.minga.participation.internal.domain.ImprovementActionStatus;
import org.minga.participation.internal.domain.SurveyQuestion;
import org.minga.platform.Labels;
import org.minga.platform.LinkTargetQueries;
import org.minga.platform.LinkTargets;
import org.minga.platform.LinkTargets.Figure;
import org.minga.platform.LinkTargets.Outcome;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the community said, as records another module may link to and read what came out of them (issue 24): the
 * participation spaces (a fair planned with a dialogue: its contributions, participants and agreements), the surveys
 * (a fair evaluated with one: its responses and summary figures) and the community priorities (the needs raised in a
 * space, each with the voices that said the same thing: a care route proposed from one). Other modules read none of
 * these tables.
 */
@Component
record CommunityLinkQueries(JdbcClient jdbc, SurveyReadModel surveys, Labels labels) {

    /** The kinds as stored on links. */
    static final String SPACE = "space";
    static final String SURVEY = "survey";
    static final String PRIORITY = "community-priority";

    private static final Locale ES = Locale.forLanguageTag("es-CO");

    @Bean
    LinkTargets spaceLinks() {
        return new LinkTargetQueries(jdbc, SPACE, "Espacio de participación", "/participation/spaces/{id}", """
                select s.id, s.jurisdiction_id, s.territory_path, s.title,
                       to_char(s.held_on, 'YYYY-MM-DD') || ' · ' || s.code as detail
                  from participation_space s
                 where (cast(:j as bigint) is null or s.jurisdiction_id = :j) and s.territory_path like :scope
                   and (cast(:id as bigint) is null or s.id = :id)
                 order by s.held_on desc, s.id desc""", this::spaceOutcome);
    }

    @Bean
    LinkTargets surveyLinks() {
        return new LinkTargetQueries(jdbc, SURVEY, "Encuesta", "/participation/surveys/{id}", """
                select s.id, s.jurisdiction_id, s.territory_path, s.title, s.code as detail
                  from survey s
                 where (cast(:j as bigint) is null or s.jurisdiction_id = :j) and s.territory_path like :scope
                   and (cast(:id as bigint) is null or s.id = :id)
                 order by s.created_at desc, s.id desc""", this::surveyOutcome);
    }

    /** A need raised in a space, not grouped into another: the head of the voices that said the same thing. */
    @Bean
    LinkTargets priorityLinks() {
        return new LinkTargetQueries(jdbc, PRIORITY, "Prioridad de la comunidad", "/participation/spaces/{page}", """
                select c.id, c.jurisdiction_id, c.territory_path, left(c.text, 200) as title,
                       s.title || ' · ' || to_char(s.held_on, 'YYYY-MM-DD') || coalesce(' · ' || c.theme, '')
                         as detail, s.id as page
                  from contribution c join participation_space s on s.id = c.space_id
                 where c.kind = 'NEED' and c.grouped_into is null
                   and (cast(:j as bigint) is null or c.jurisdiction_id = :j) and c.territory_path like :scope
                   and (cast(:id as bigint) is null or c.id = :id)
                 order by s.held_on desc, c.id desc""", this::priorityOutcome);
    }

    /** A space's contributions, participants, the groups it convened and the agreements (improvement actions). */
    Optional<Outcome> spaceOutcome(long jurisdictionId, long id) {
        Optional<long[]> counts = jdbc.sql("""
                select (select count(*) from contribution c where c.space_id = s.id),
                       s.counted_attendance
                         + (select count(*) from space_invitation i where i.space_id = s.id and i.attended)
                  from participation_space s where s.id = :id and s.jurisdiction_id = :j""").param("id", id)
                .param("j", jurisdictionId).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).optional();
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("contributions", "Aportes", number(counts.get()[0])));
        figures.add(new Figure("participants", "Participantes", number(counts.get()[1])));
        population(id).ifPresent(figures::add);
        return Optional.of(new Outcome(figures, agreements("c.space_id = :id", id)));
    }

    /** A survey's responses and, for its agreement and number questions, the share agreeing and the mean. */
    Optional<Outcome> surveyOutcome(long jurisdictionId, long id) {
        if (jdbc.sql("select count(*) from survey where id = :id and jurisdiction_id = :j").param("id", id)
                .param("j", jurisdictionId).query(Long.class).single() == 0) {
            return Optional.empty();
        }
        SurveyView s = surveys.view(id);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("responses", "Respuestas", number(s.responses())));
        for (SurveyQuestion q : s.questions()) {
            summary(id, q).ifPresent(figures::add);
        }
        return Optional.of(new Outcome(figures, agreements("c.survey_id = :id", id)));
    }

    /** A priority's voices, theme, where it was raised and the population convened there; its action if any. */
    Optional<Outcome> priorityOutcome(long jurisdictionId, long id) {
        record Priority(long space, String title, String theme, long voices) {
        }
        Optional<Priority> p = jdbc.sql("""
                select c.space_id, s.title, c.theme,
                       1 + (select count(*) from contribution g where g.grouped_into = c.id)
                  from contribution c join participation_space s on s.id = c.space_id
                 where c.id = :id and c.jurisdiction_id = :j and c.kind = 'NEED'""").param("id", id)
                .param("j", jurisdictionId)
                .query((rs, n) -> new Priority(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional();
        if (p.isEmpty()) {
            return Optional.empty();
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("voices", "Voces que la plantearon", number(p.get().voices())));
        figures.add(new Figure("space", "Planteada en", p.get().title()));
        if (p.get().theme() != null) {
            figures.add(new Figure("theme", "Tema", p.get().theme()));
        }
        population(p.get().space()).ifPresent(figures::add);
        return Optional.of(new Outcome(figures, agreements("(c.id = :id or c.grouped_into = :id)", id)));
    }

    /** The value groups a space convened (the first one first): the population that spoke there. */
    private Optional<Figure> population(long spaceId) {
        List<String> groups = jdbc.sql("""
                select value_group from space_invitation where space_id = :s and kind = 'VALUE_GROUP'
                   and value_group is not null group by value_group order by min(id)""").param("s", spaceId)
                .query(String.class).list();
        return groups.isEmpty() ? Optional.empty()
                : Optional.of(new Figure("population", "Población convocada", String.join(", ",
                        groups.stream().map(g -> labels.of(ValueGroup.valueOf(g))).toList())));
    }

    /** The improvement actions the contributions chosen by {@code where} turned into, with their status. */
    private List<String> agreements(String where, long id) {
        return jdbc.sql("select a.title, a.status from improvement_action a where a.id in (select c.action_id"
                + " from contribution c where " + where + " and c.action_id is not null) order by a.id")
                .param("id", id)
                .query((rs, n) -> rs.getString(1) + " (" + labels
                        .of(ImprovementActionStatus.valueOf(rs.getString(2))).toLowerCase(ES) + ")")
                .list();
    }

    /** The share agreeing with an agreement question, or the mean of a number question, over the responses. */
    private Optional<Figure> summary(long surveyId, SurveyQuestion q) {
        if (q.type().equals("LIKERT")) {
            List<String> scale = q.choices();
            List<String> top = scale.subList(Math.max(0, scale.size() - 2), scale.size());
            long[] n = jdbc.sql("""
                    select count(distinct r.id) filter (where a.value in (:top)), count(distinct r.id)
                      from survey_answer a join survey_response r on r.id = a.response_id
                     where r.survey_id = :s and a.question_key = :q""").param("top", top).param("s", surveyId)
                    .param("q", q.key()).query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
            return n[1] == 0 ? Optional.empty()
                    : Optional.of(new Figure("agree:" + q.key(), q.text() + " (de acuerdo)",
                            Math.round(100.0 * n[0] / n[1]) + " %"));
        }
        if (q.type().equals("NUMBER")) {
            BigDecimal avg = jdbc.sql("""
                    select avg(a.value::numeric) from survey_answer a join survey_response r on r.id = a.response_id
                     where r.survey_id = :s and a.question_key = :q and a.value ~ '^-?[0-9]+([.][0-9]+)?$'""")
                    .param("s", surveyId).param("q", q.key()).query(BigDecimal.class).optional().orElse(null);
            return avg == null ? Optional.empty()
                    : Optional.of(new Figure("mean:" + q.key(), q.text() + " (promedio)",
                            decimal(avg.setScale(1, RoundingMode.HALF_UP))));
        }
        return Optional.empty();
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(ES).format(n);
    }

    private static String decimal(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(ES);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(n);
    }
}
