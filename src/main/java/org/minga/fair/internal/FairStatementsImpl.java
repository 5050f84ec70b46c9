package org.minga.fair.internal;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.fair.internal.domain.FairAttendance;
import org.minga.fair.internal.domain.Stand;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of {@link FairStatements}. */
@RequiredArgsConstructor
class FairStatementsImpl implements FairStatements {

    private final JdbcClient jdbc;

    @Override
    public void addChecklist(long fairId, List<String> items) {
        int pos = 1;
        for (String item : items) {
            jdbc.sql("insert into fair_task (fair_id, position, name, status) values (:f, :p, :n, 'PENDIENTE')")
                    .param("f", fairId).param("p", pos++).param("n", item).update();
        }
    }

    @Override
    public long addParticipant(long fairId, NewParticipant p) {
        return jdbc
                .sql("""
                        insert into fair_participant (fair_id, actor_id, actor_name, kind, stand, staff_count, contribution, detail)
                        values (:f, :a, :n, :k, :s, :c, :co, :d) returning id""")
                .param("f", fairId).param("a", p.actorId()).param("n", p.actorName()).param("k", p.kind())
                .param("s", p.stand()).param("c", p.staffCount())
                .param("co", p.contribution() == null ? null : p.contribution().name())
                .param("d", p.detail()).query(Long.class).single();
    }

    @Override
    public void addStand(long fairId, long serviceId, String serviceName, long actorId) {
        jdbc.sql("insert into fair_service (fair_id, service_id, service_name, actor_id) values (:f, :s, :n, :a)")
                .param("f", fairId).param("s", serviceId).param("n", serviceName).param("a", actorId).update();
    }

    @Override
    public long addTask(long fairId, String name, String owner) {
        int pos = jdbc.sql("select coalesce(max(position), 0) + 1 from fair_task where fair_id = :f").param("f", fairId)
                .query(Integer.class).single();
        return jdbc.sql(
                "insert into fair_task (fair_id, position, name, owner, status) values (:f, :p, :n, :o, 'PENDIENTE') returning id")
                .param("f", fairId).param("p", pos).param("n", name).param("o", owner).query(Long.class).single();
    }

    @Override
    public int updateTask(long taskId, String owner, String status, int version) {
        return jdbc.sql(
                "update fair_task set owner = :o, status = :s, version = version + 1 where id = :id and version = :v")
                .param("o", owner).param("s", status).param("id", taskId).param("v", version).update();
    }

    @Override
    public long addLesson(long fairId, String text, String recordedBy) {
        return jdbc.sql("insert into fair_lesson (fair_id, text, recorded_by) values (:f, :t, :u) returning id")
                .param("f", fairId).param("t", text).param("u", recordedBy).query(Long.class).single();
    }

    @Override
    public Optional<Long> addRegistration(NewRegistration r) {
        return jdbc.sql("""
                insert into fair_registration (uuid, fair_id, jurisdiction_id, person_id, actor_id, age, sex,
                  population_groups, satisfaction, registered_by)
                values (:uuid, :f, :j, :p, :a, :age, :sex, :pg, :sat, :u)
                on conflict (uuid) do nothing returning id""")
                .param("uuid", r.uuid()).param("f", r.fairId()).param("j", r.jurisdictionId())
                .param("p", r.personId()).param("a", r.actorId()).param("age", r.age()).param("sex", r.sex())
                .param("pg", r.populationGroups()).param("sat", r.satisfaction()).param("u", r.registeredBy())
                .query(Long.class).optional();
    }

    @Override
    public void addAttendances(long registrationId, long fairId, FairAttendance attendance, String actorName) {
        for (Stand s : attendance.received()) {
            jdbc.sql(
                    """
                            insert into fair_attendance (registration_id, fair_id, service_id, service_name, actor_id, actor_name)
                            values (:r, :f, :s, :sn, :a, :an)""")
                    .param("r", registrationId).param("f", fairId).param("s", s.serviceId())
                    .param("sn", s.serviceName()).param("a", attendance.actorId()).param("an", actorName).update();
        }
    }

    @Override
    public void linkReferral(long registrationId, long referralId, String referralCode) {
        jdbc.sql("update fair_registration set referral_id = :r, referral_code = :c where id = :id")
                .param("r", referralId).param("c", referralCode).param("id", registrationId).update();
    }

    @Override
    public Optional<Long> addCommunityInput(long fairId, String role, String kind, long recordId, String addedBy) {
        return jdbc.sql("""
                insert into fair_community_input (fair_id, role, kind, record_id, added_by) values (:f, :r, :k, :id, :u)
                on conflict (fair_id, role, kind, record_id) do nothing returning id""")
                .param("f", fairId).param("r", role).param("k", kind).param("id", recordId).param("u", addedBy)
                .query(Long.class).optional();
    }

    @Override
    public int removeCommunityInput(long fairId, long inputId) {
        return jdbc.sql("delete from fair_community_input where id = :id and fair_id = :f").param("id", inputId)
                .param("f", fairId).update();
    }
}
