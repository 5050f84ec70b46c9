package org.minga.participation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link SurveyRepository}, in SQL. */
record SurveyStatementsImpl(JdbcClient jdbc) implements SurveyStatements {

    @Override
    public void addVersion(long surveyId, int number, String questionsJson) {
        jdbc.sql("insert into survey_version (survey_id, number, questions) values (:s, :n, cast(:q as jsonb))")
                .param("s", surveyId).param("n", number).param("q", questionsJson).update();
    }

    @Override
    public boolean replaceUnanswered(long surveyId, int number, String questionsJson) {
        return jdbc.sql("""
                update survey_version v set questions = cast(:q as jsonb) where v.survey_id = :s and v.number = :n
                  and not exists (select 1 from survey_response r where r.survey_version_id = v.id)""")
                .param("q", questionsJson).param("s", surveyId).param("n", number).update() > 0;
    }

    @Override
    public long versionId(long surveyId, int number) {
        return jdbc.sql("select id from survey_version where survey_id = :s and number = :n").param("s", surveyId)
                .param("n", number).query(Long.class).single();
    }
}
