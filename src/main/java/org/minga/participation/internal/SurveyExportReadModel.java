package org.minga.participation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minga.participation.internal.SurveyReadModel.SurveyView;
import org.minga.participation.internal.domain.SurveyQuestion;
import org.minga.platform.CurrentUser;
import org.minga.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A survey's responses as a table for CSV/XLSX: one row per response; a multiple choice gives one column per option
 * (1 or 0) plus the free text of "Otro"; a matrix one column per row.
 */
@Component
record SurveyExportReadModel(JdbcClient jdbc, Scopes scopes, SurveyReadModel surveys) {

    record Table(List<String> header, List<List<Object>> rows) {
    }

    /** A column of answers: a question's value, one option of a multiple choice, or one row (or "_otro"). */
    private record Column(String key, String item, boolean option) {
    }

    Table table(long surveyId, CurrentUser user) {
        SurveyView s = surveys.get(surveyId, user);
        ZoneId zone = scopes.jurisdiction(s.jurisdictionId()).zoneId();
        List<String> header = new ArrayList<>(List.of("respuesta", "uuid", "fecha (" + Times.zoneName(zone) + ")",
                "canal", "encuestador", "territorio", "grupo", "version"));
        if (!s.anonymous()) {
            header.add("nombre");
            header.add("contacto");
        }
        List<Column> columns = columns(surveys.allQuestions(s), header);
        Map<String, Object> params = new LinkedHashMap<>();
        String w = scopes.where("r", user, params) + " and r.survey_id = :s";
        params.put("s", surveyId);
        Map<Long, Map<String, Set<String>>> answers = answers(w, params);
        List<List<Object>> rows = new ArrayList<>();
        jdbc.sql("""
                select r.id, r.client_uuid, r.answered_at, r.channel, r.surveyor, t.name, r.group_name, v.number,
                  r.respondent_name, r.respondent_contact
                from survey_response r join territory t on t.id = r.territory_id
                join survey_version v on v.id = r.survey_version_id""" + w + " order by r.id")
                .params(params).query(rs -> {
                    List<Object> row = respondent(rs, zone, s.anonymous());
                    Map<String, Set<String>> mine = answers.getOrDefault(rs.getLong(1), Map.of());
                    for (Column c : columns) {
                        row.add(c.option()
                                ? (Object) (mine.getOrDefault(c.key() + "\u0000", Set.of()).contains(c.item()) ? 1 : 0)
                                : String.join("; ", mine.getOrDefault(c.key() + "\u0000" + c.item(), Set.of())));
                    }
                    rows.add(row);
                });
        return new Table(header, rows);
    }

    private static List<Column> columns(List<SurveyQuestion> questions, List<String> header) {
        List<Column> columns = new ArrayList<>();
        for (SurveyQuestion q : questions) {
            if (q.multiple()) {
                for (String o : q.choices()) {
                    header.add(q.key() + ": " + o);
                    columns.add(new Column(q.key(), o, true));
                }
            } else if (q.matrix()) {
                for (String r : q.rows()) {
                    header.add(q.key() + ": " + r);
                    columns.add(new Column(q.key(), r, false));
                }
            } else {
                header.add(q.key() + ". " + q.text());
                columns.add(new Column(q.key(), "", false));
            }
            if (q.other()) {
                header.add(q.key() + ": otro (texto)");
                columns.add(new Column(q.key(), "_otro", false));
            }
        }
        return columns;
    }

    /** Per response, per "question key NUL item", the values given. */
    private Map<Long, Map<String, Set<String>>> answers(String w, Map<String, Object> params) {
        Map<Long, Map<String, Set<String>>> answers = new LinkedHashMap<>();
        jdbc.sql("select a.response_id, a.question_key, a.item, a.value"
                + " from survey_answer a join survey_response r on r.id = a.response_id" + w)
                .params(params).query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2) + "\u0000" + rs.getString(3), k -> new LinkedHashSet<>())
                            .add(rs.getString(4));
                });
        return answers;
    }

    /** The respondent's cells: the response number and the version are numbers, the date a date and time. */
    private static List<Object> respondent(ResultSet rs, ZoneId zone, boolean anonymous) throws SQLException {
        List<Object> row = new ArrayList<>();
        row.add(rs.getLong(1));
        row.add(rs.getString(2));
        row.add(rs.getObject(3, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        row.add(rs.getString(4));
        row.add(nz(rs.getString(5)));
        row.add(rs.getString(6));
        row.add(nz(rs.getString(7)));
        row.add(rs.getInt(8));
        if (!anonymous) {
            row.add(nz(rs.getString(9)));
            row.add(nz(rs.getString(10)));
        }
        return row;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
