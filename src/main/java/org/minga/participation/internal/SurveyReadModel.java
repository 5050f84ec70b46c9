package org.minga.participation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.minga.participation.internal.domain.SurveyQuestion;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Surveys as pages and the API read them: one with its current questions and counts, lists, public links. */
@Component
record SurveyReadModel(JdbcClient jdbc, Scopes scopes, ObjectMapper json) {

    record SurveyView(long id, long jurisdictionId, String code, String title, String process, String description,
            long territoryId, String territoryName, String territoryPath, boolean anonymous, String status,
            String publicToken, int currentVersion, List<SurveyQuestion> questions, long responses, int version) {
    }

    private static final String SELECT = """
            select s.*, t.name as territory_name,
              (select max(number) from survey_version v where v.survey_id = s.id) as current_version,
              (select count(*) from survey_response r where r.survey_id = s.id) as responses
            from survey s join territory t on t.id = s.territory_id""";

    SurveyView view(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SurveyReadModel::row).optional()
                .map(this::withQuestions)
                .orElseThrow(() -> new NotFoundException("La encuesta " + id + " no existe."));
    }

    /** The survey, when the user's scope covers it. */
    SurveyView get(long id, CurrentUser user) {
        SurveyView v = view(id);
        scopes.requireVisible(v.jurisdictionId(), v.territoryPath(), user, "La encuesta " + id);
        return v;
    }

    /** The questions of the survey's current version, read once the survey's row is closed. */
    private SurveyView withQuestions(SurveyView v) {
        return new SurveyView(v.id(), v.jurisdictionId(), v.code(), v.title(), v.process(), v.description(),
                v.territoryId(), v.territoryName(), v.territoryPath(), v.anonymous(), v.status(), v.publicToken(),
                v.currentVersion(), questions(v.id(), v.currentVersion()), v.responses(), v.version());
    }

    private static SurveyView row(ResultSet rs, int n) throws SQLException {
        return new SurveyView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("title"), rs.getString("process"), rs.getString("description"),
                rs.getLong("territory_id"), rs.getString("territory_name"), rs.getString("territory_path"),
                rs.getBoolean("anonymous"), rs.getString("status"), rs.getString("public_token"),
                rs.getInt("current_version"), List.of(), rs.getLong("responses"), rs.getInt("version"));
    }

    List<SurveyQuestion> questions(long surveyId, int number) {
        String q = jdbc.sql("select questions::text from survey_version where survey_id = :s and number = :n")
                .param("s", surveyId).param("n", number).query(String.class).optional().orElse("[]");
        try {
            return json.readValue(q, new TypeReference<List<SurveyQuestion>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The questions of every version, the current ones first, so older answers still have their columns. */
    List<SurveyQuestion> allQuestions(SurveyView s) {
        Map<String, SurveyQuestion> all = new LinkedHashMap<>();
        for (int n = s.currentVersion(); n >= 1; n--) {
            for (SurveyQuestion q : n == s.currentVersion() ? s.questions() : questions(s.id(), n)) {
                all.putIfAbsent(q.key(), q);
            }
        }
        return List.copyOf(all.values());
    }

    PageResult<SurveyView> list(String process, CurrentUser user, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder w = new StringBuilder(scopes.where("s", user, params));
        Sql.and(w, params, "s.process = :p", "p", Codes.blankToNull(process));
        long total = jdbc.sql("select count(*) from survey s" + w).params(params).query(Long.class).single();
        List<SurveyView> items = jdbc.sql(SELECT + w + " order by s.created_at desc, s.id desc limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(SurveyReadModel::row).list()
                .stream().map(this::withQuestions).toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    Optional<SurveyView> byToken(String token) {
        return PublicTokens.lookUp(token, t -> jdbc.sql("select id from survey where public_token = :t")
                .param("t", t).query(Long.class).optional().map(this::view));
    }

    /** The territories a respondent may choose: the survey's territory and its children. */
    List<Map<String, Object>> areas(SurveyView s) {
        return jdbc.sql(
                "select id, name from territory where id = :t or parent_id = :t order by (id = :t) desc, name limit 500")
                .param("t", s.territoryId()).query().listOfRows();
    }
}
