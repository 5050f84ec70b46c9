package org.minga.participation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.participation.internal.domain.ContributionKind;
import org.minga.participation.internal.domain.ServiceStage;
import org.minga.platform.CurrentUser;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.minga.participation.internal.Codes.blankToNull;

/** Contributions as pages read them: one, lists by space, survey, kind, theme or stage, and a space's devolución. */
@Component
record ContributionReadModel(JdbcClient jdbc, Scopes scopes, Labels labels) {

    record ContributionView(long id, long jurisdictionId, Long spaceId, String spaceTitle, Long surveyId, String kind,
            String text, String theme, String serviceName, String stage, long territoryId,
            String territoryName, Long groupedInto, Long actionId, String actionTitle, String actionStatus,
            String answer, int version, Long virtualTerritoryId, String origin) {
    }

    record ContributionFilter(Long spaceId, Long surveyId, String kind, String theme, String stage,
            Boolean withoutAction) {
    }

    record DevolutionLine(long contributionId, String kind, String text, String theme, String stage, String actionTitle,
            String actionStatus, String owner, LocalDate dueOn, LocalDate doneOn, String result, String answer) {
    }

    /** Where a survey is, for a contribution that comes from it. */
    record SurveyPlace(long jurisdictionId, long territoryId, String territoryPath) {
    }

    private static final String SELECT = """
            select c.*, t.name as territory_name, s.title as space_title, a.title as action_title, a.status as action_status
            from contribution c join territory t on t.id = c.territory_id
            left join participation_space s on s.id = c.space_id
            left join improvement_action a on a.id = c.action_id""";

    ContributionView view(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ContributionReadModel::row).optional()
                .orElseThrow(() -> new NotFoundException("El aporte " + id + " no existe."));
    }

    /** The contribution, when the user's scope covers it. */
    ContributionView get(long id, CurrentUser user) {
        ContributionView v = view(id);
        scopes.requireVisible(v.jurisdictionId(), scopes.territory(v.territoryId()).path(), user, "El aporte " + id);
        return v;
    }

    private static ContributionView row(ResultSet rs, int n) throws SQLException {
        return new ContributionView(rs.getLong("id"), rs.getLong("jurisdiction_id"), (Long) rs.getObject("space_id"),
                rs.getString("space_title"), (Long) rs.getObject("survey_id"), rs.getString("kind"),
                rs.getString("text"), rs.getString("theme"), rs.getString("service_name"), rs.getString("stage"),
                rs.getLong("territory_id"), rs.getString("territory_name"), (Long) rs.getObject("grouped_into"),
                (Long) rs.getObject("action_id"), rs.getString("action_title"), rs.getString("action_status"),
                rs.getString("answer"), rs.getInt("version"), (Long) rs.getObject("virtual_territory_id"),
                rs.getString("origin"));
    }

    PageResult<ContributionView> list(ContributionFilter f, CurrentUser user, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder w = new StringBuilder(scopes.where("c", user, params));
        Sql.and(w, params, "c.space_id = :sp", "sp", f.spaceId());
        Sql.and(w, params, "c.survey_id = :sv", "sv", f.surveyId());
        ContributionKind kind = Codes.filter(labels, ContributionKind.class, f.kind(), "kind", "El tipo de aporte");
        Sql.and(w, params, "c.kind = :k", "k", kind == null ? null : kind.name());
        Sql.and(w, params, "c.theme = :th", "th", blankToNull(f.theme()));
        ServiceStage stage = Codes.filter(labels, ServiceStage.class, f.stage(), "stage", "La etapa");
        Sql.and(w, params, "c.stage = :st", "st", stage == null ? null : stage.name());
        if (Boolean.TRUE.equals(f.withoutAction())) {
            w.append(" and c.action_id is null");
        }
        long total = jdbc.sql("select count(*) from contribution c" + w).params(params).query(Long.class).single();
        List<ContributionView> items = jdbc
                .sql(SELECT + w + " order by coalesce(c.grouped_into, c.id) desc, c.id limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset())
                .query(ContributionReadModel::row).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** What was done with every contribution of a space (no scope check: callers check it, or it is public). */
    List<DevolutionLine> devolution(long spaceId) {
        return jdbc.sql("""
                select c.id, c.kind, c.text, c.theme, c.stage, c.answer, a.title, a.status, a.owner, a.due_on,
                  a.done_on, a.result
                from contribution c left join improvement_action a on a.id = c.action_id
                where c.space_id = :s order by c.kind, c.id limit 2000""")
                .param("s", spaceId)
                .query((rs, n) -> new DevolutionLine(rs.getLong("id"), rs.getString("kind"), rs.getString("text"),
                        rs.getString("theme"), rs.getString("stage"), rs.getString("title"), rs.getString("status"),
                        rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("done_on", LocalDate.class), rs.getString("result"), rs.getString("answer")))
                .list();
    }

    SurveyPlace surveyPlace(long surveyId) {
        return jdbc.sql("select jurisdiction_id, territory_id, territory_path from survey where id = :id")
                .param("id", surveyId)
                .query((rs, n) -> new SurveyPlace(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional()
                .orElseThrow(() -> new NotFoundException("La encuesta " + surveyId + " no existe."));
    }
}
