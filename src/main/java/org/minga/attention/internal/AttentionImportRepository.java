package org.minga.attention.internal;

import java.time.LocalDate;

import org.minga.attention.Setting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of an attentions import: whether an individual attention is already stored, and the insert. */
@Component
record AttentionImportRepository(JdbcClient jdbc) {

    /** True when the person already has an attention on that date in that setting. */
    boolean exists(long personId, LocalDate date, Setting setting) {
        return jdbc.sql("select count(*) from attention where person_id = :p and attended_on = :d and setting = :s")
                .param("p", personId).param("d", date).param("s", setting.name()).query(Long.class).single() > 0;
    }

    void insert(long jurisdictionId, AttentionImportHandler.Item i, String username) {
        jdbc.sql(
                """
                        insert into attention (jurisdiction_id, setting, mode, attended_on, territory_id, territory_path,
                          field_team_id, actor_name, service_name, participant_count, person_id, household_id, notes, created_by)
                        values (:j, :s, :m, :d, :t, :p, :ft, :a, :sn, :n, :pe, :h, :no, :u)""")
                .param("j", jurisdictionId).param("s", i.setting().name()).param("m", i.mode()).param("d", i.date())
                .param("t", i.territory().id()).param("p", i.territory().path()).param("ft", i.teamId())
                .param("a", i.actor()).param("sn", i.service()).param("n", i.count()).param("pe", i.personId())
                .param("h", i.householdId()).param("no", i.notes()).param("u", username).update();
    }
}
