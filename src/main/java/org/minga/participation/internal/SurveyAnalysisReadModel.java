package org.minga.participation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.participation.internal.SurveyReadModel.SurveyView;
import org.minga.participation.internal.domain.SurveyQuestion;
import org.minga.platform.CurrentUser;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritorySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.minga.participation.internal.Codes.blankToNull;

/** A survey's analysis: frequencies, averages and last texts per question, and cross-tabs by territory or group. */
@Component
record SurveyAnalysisReadModel(JdbcClient jdbc, Scopes scopes, SurveyReadModel surveys) {

    record Frequency(String item, String value, long count, int percent) {
    }

    record QuestionAnalysis(SurveyQuestion question, long answered, List<Frequency> frequencies, BigDecimal average,
            List<String> lastTexts) {
    }

    record CrossTab(SurveyQuestion question, List<String> columns, List<CrossRow> rows) {
    }

    record CrossRow(String value, List<Long> counts, long total) {
    }

    private static final String ANSWERS = " from survey_answer a join survey_response r on r.id = a.response_id";

    List<QuestionAnalysis> analysis(long surveyId, CurrentUser user) {
        SurveyView s = surveys.get(surveyId, user);
        Map<String, Object> params = new LinkedHashMap<>();
        String w = scopes.where("r", user, params) + " and r.survey_id = :s and a.question_key = :q";
        params.put("s", surveyId);
        List<QuestionAnalysis> out = new ArrayList<>();
        for (SurveyQuestion q : surveys.allQuestions(s)) {
            Map<String, Object> p = new LinkedHashMap<>(params);
            p.put("q", q.key());
            long answered = jdbc.sql("select count(distinct r.id)" + ANSWERS + w).params(p).query(Long.class)
                    .single();
            List<Frequency> freq = q.choice() || q.matrix() ? frequencies(q, w, p, answered) : List.of();
            BigDecimal avg = q.type().equals("NUMBER") && answered > 0
                    ? jdbc.sql("select round(avg(a.value::numeric), 2)" + ANSWERS + w).params(p)
                            .query((rs, n) -> rs.getBigDecimal(1)).single()
                    : null;
            List<String> texts = q.type().equals("TEXT") || q.other()
                    ? jdbc.sql("select a.value" + ANSWERS + w
                            + " and (a.item = '_otro' or :text) order by r.id desc limit 10")
                            .params(p).param("text", q.type().equals("TEXT")).query(String.class).list()
                    : List.of();
            out.add(new QuestionAnalysis(q, answered, freq, avg, texts));
        }
        return out;
    }

    private List<Frequency> frequencies(SurveyQuestion q, String w, Map<String, Object> p, long answered) {
        List<Frequency> freq = new ArrayList<>(jdbc
                .sql("select a.item, a.value, count(*)" + ANSWERS + w + " and a.item <> '_otro' group by 1, 2")
                .params(p).query((rs, n) -> new Frequency(rs.getString(1), rs.getString(2), rs.getLong(3),
                        answered == 0 ? 0 : (int) Math.round(100.0 * rs.getLong(3) / answered)))
                .list());
        List<String> order = q.matrix() ? q.options() : q.choices();
        freq.sort((x, y) -> {
            int c = q.matrix() ? Integer.compare(q.rows().indexOf(x.item()), q.rows().indexOf(y.item())) : 0;
            return c != 0 ? c : Integer.compare(order.indexOf(x.value()), order.indexOf(y.value()));
        });
        return freq;
    }

    /** Cross-tab of a choice question by the respondents' territory (at {@code level}, or as recorded) or by group. */
    CrossTab crossTab(long surveyId, String questionKey, String by, String level, CurrentUser user) {
        SurveyView s = surveys.get(surveyId, user);
        SurveyQuestion q = surveys.allQuestions(s).stream().filter(x -> x.key().equals(questionKey)).findFirst()
                .orElseThrow(() -> new ValidationException("question",
                        "La encuesta no tiene la pregunta «" + questionKey + "»."));
        if (!q.choice()) {
            throw new ValidationException("question", "El cruce se hace con una pregunta de selección o Likert.");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String w = scopes.where("r", user, params) + " and r.survey_id = :s and a.question_key = :q and a.item = ''";
        params.put("s", surveyId);
        params.put("q", q.key());
        String grp;
        String join = "";
        if ("group".equalsIgnoreCase(by)) {
            grp = "coalesce(r.group_name, '(sin grupo)')";
        } else if (blankToNull(level) != null) {
            join = TerritorySql.ancestorAtLevel("r", "g");
            params.put("level", level.strip());
            grp = "coalesce(g.name, '(otro nivel)')";
        } else {
            join = " join territory g on g.id = r.territory_id";
            grp = "g.name";
        }
        List<Object[]> cells = jdbc.sql("select a.value, " + grp + ", count(*)" + ANSWERS + join + w
                + " group by 1, 2 limit 5000").params(params)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getLong(3)}).list();
        List<String> columns = cells.stream().map(c -> (String) c[1]).distinct().sorted().toList();
        List<CrossRow> rows = new ArrayList<>();
        for (String value : q.choices()) {
            List<Long> counts = new ArrayList<>();
            long total = 0;
            for (String col : columns) {
                long n = cells.stream().filter(c -> c[0].equals(value) && c[1].equals(col)).mapToLong(c -> (Long) c[2])
                        .sum();
                counts.add(n);
                total += n;
            }
            rows.add(new CrossRow(value, counts, total));
        }
        return new CrossTab(q, columns, rows);
    }
}
