package org.minga.participation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minga.participation.internal.domain.ContributionKind;
import org.minga.participation.internal.domain.ProcessTemplate;
import org.minga.participation.internal.domain.SpaceKind;
import org.minga.participation.internal.domain.StageStatus;
import org.minga.platform.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Participatory processes as their page shows them, and their report: the spaces, contributions and surveys that
 * carry the process's name in its jurisdiction, and nothing else.
 */
@Component
record ProcessReadModel(JdbcClient jdbc, Labels labels) {

    record ProcessView(long id, long jurisdictionId, String name, String template, String templateLabel,
            LocalDate startsOn, LocalDate endsOn, int version) {
    }

    record ProcessStageView(int index, String name, LocalDate startsOn, LocalDate endsOn, String responsible,
            String status, String statusLabel, boolean late, LocalDate doneOn) {
    }

    record TeamMemberView(String name, String role) {
    }

    record Pilot(long spaceId, String spaceTitle, LocalDate heldOn, String evaluation, String adjustments) {
    }

    record SpaceRow(long id, String code, String title, String kindLabel, int round, LocalDate heldOn,
            String territoryName, int attendance, long contributions) {
    }

    record ContributionRow(long id, String spaceTitle, String surveyTitle, String kindLabel, String theme,
            String text) {
    }

    record SurveyRow(long id, String code, String title, String status, long responses) {
    }

    /** A collective project of the process: where it was formulated, by which entities, for which territories. */
    record ProjectView(long id, String name, String description, Long spaceId, String spaceTitle, Long bodyId,
            List<String> entities, List<String> territories) {
    }

    /** The report of a process: everything that carries its name. */
    record Report(ProcessView process, List<SpaceRow> spaces, List<ContributionRow> contributions,
            List<SurveyRow> surveys, int attendance) {
    }

    List<ProcessView> all(long jurisdictionId) {
        return jdbc.sql("select * from participatory_process where jurisdiction_id = :j order by starts_on desc, name")
                .param("j", jurisdictionId).query((rs, n) -> row(rs)).list();
    }

    Optional<ProcessView> byId(long id) {
        return jdbc.sql("select * from participatory_process where id = :id").param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    boolean nameTaken(long jurisdictionId, String name) {
        return jdbc.sql("select count(*) from participatory_process where jurisdiction_id = :j and name = :n")
                .param("j", jurisdictionId).param("n", name).query(Long.class).single() > 0;
    }

    List<ProcessStageView> stages(long id, LocalDate today) {
        return jdbc.sql("select * from process_stage where process_id = :p order by position").param("p", id)
                .query((rs, n) -> {
                    StageStatus s = StageStatus.valueOf(rs.getString("status"));
                    LocalDate from = rs.getObject("starts_on", LocalDate.class);
                    LocalDate to = rs.getObject("ends_on", LocalDate.class);
                    return new ProcessStageView(rs.getInt("position"), rs.getString("name"), from, to,
                            rs.getString("responsible"), s.name(), labels.of(s),
                            s != StageStatus.DONE && to != null && to.isBefore(today),
                            rs.getObject("done_on", LocalDate.class));
                }).list();
    }

    List<TeamMemberView> team(long id) {
        return jdbc.sql("select name, role from process_team_member where process_id = :p order by position")
                .param("p", id).query((rs, n) -> new TeamMemberView(rs.getString(1), rs.getString(2))).list();
    }

    List<String> directorates(long id) {
        return jdbc.sql("select name from process_directorate where process_id = :p order by position").param("p", id)
                .query(String.class).list();
    }

    List<Pilot> pilots(long id) {
        return jdbc.sql("""
                select x.space_id, s.title, s.held_on, x.evaluation, x.adjustments from process_pilot x
                join participation_space s on s.id = x.space_id where x.process_id = :p order by s.held_on""")
                .param("p", id).query((rs, n) -> new Pilot(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .list();
    }

    List<ProjectView> projects(long processId) {
        return jdbc
                .sql("""
                        select c.id, c.name, c.description, c.space_id, s.title, c.body_id,
                               array(select e.name from collective_project_entity e where e.project_id = c.id order by e.position),
                               array(select t.name from collective_project_territory x join territory t on t.id = x.territory_id
                                     where x.project_id = c.id order by t.name)
                        from collective_project c left join participation_space s on s.id = c.space_id
                        where c.process_id = :p order by c.id""")
                .param("p", processId)
                .query((rs, n) -> new ProjectView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getObject(6, Long.class),
                        texts(rs.getArray(7)),
                        texts(rs.getArray(8))))
                .list();
    }

    private static List<String> texts(java.sql.Array a) throws java.sql.SQLException {
        return List.of((String[]) a.getArray());
    }

    /** Whether a space belongs to the process (same jurisdiction, same process name). */
    boolean spaceOf(long spaceId, long jurisdictionId, String process) {
        return jdbc.sql("select count(*) from participation_space where id = :s and jurisdiction_id = :j "
                + "and process = :p").param("s", spaceId).param("j", jurisdictionId).param("p", process)
                .query(Long.class).single() > 0;
    }

    Report report(ProcessView p) {
        List<SpaceRow> spaces = jdbc.sql("""
                select s.id, s.code, s.title, s.kind, s.round, s.held_on, t.name, s.counted_attendance,
                       (select count(*) from contribution c where c.space_id = s.id)
                from participation_space s join territory t on t.id = s.territory_id
                where s.jurisdiction_id = :j and s.process = :p order by s.held_on, s.id""")
                .param("j", p.jurisdictionId()).param("p", p.name())
                .query((rs, n) -> new SpaceRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        labels.of(SpaceKind.valueOf(rs.getString(4))), rs.getInt(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8), rs.getLong(9)))
                .list();
        List<ContributionRow> contributions = jdbc.sql("""
                select c.id, s.title, v.title, c.kind, c.theme, c.text from contribution c
                left join participation_space s on s.id = c.space_id left join survey v on v.id = c.survey_id
                where c.jurisdiction_id = :j and (s.process = :p or v.process = :p) order by c.id""")
                .param("j", p.jurisdictionId()).param("p", p.name())
                .query((rs, n) -> new ContributionRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        labels.of(ContributionKind.valueOf(rs.getString(4))), rs.getString(5), rs.getString(6)))
                .list();
        List<SurveyRow> surveys = jdbc
                .sql("""
                        select v.id, v.code, v.title, v.status, (select count(*) from survey_response r where r.survey_id = v.id)
                        from survey v where v.jurisdiction_id = :j and v.process = :p order by v.id""")
                .param("j", p.jurisdictionId()).param("p", p.name())
                .query((rs, n) -> new SurveyRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)))
                .list();
        return new Report(p, spaces, contributions, surveys, spaces.stream().mapToInt(SpaceRow::attendance).sum());
    }

    private ProcessView row(java.sql.ResultSet rs) throws java.sql.SQLException {
        ProcessTemplate t = ProcessTemplate.valueOf(rs.getString("template"));
        return new ProcessView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("name"), t.name(),
                labels.of(t), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getInt("version"));
    }
}
