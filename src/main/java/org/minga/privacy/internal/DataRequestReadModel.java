package org.minga.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.BusinessDays;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.privacy.DataRequestView;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Data-subject requests with their business days left, one or a page of them. */
@Component
record DataRequestReadModel(JdbcClient jdbc, Jurisdictions jurisdictions) {

    Optional<DataRequestView> byId(long id) {
        return jdbc.sql("select * from data_request where id = :id").param("id", id).query(view()).optional();
    }

    /**
     * A page of the requests of jurisdiction {@code j} (all when null), only those {@code createdBy} registered
     * when given, only the open ones when asked: open first, the nearest deadline first.
     */
    PageResult<DataRequestView> page(Long j, String createdBy, boolean openOnly, PageRequest page) {
        String where = " where (cast(:j as bigint) is null or jurisdiction_id = :j)"
                + (createdBy == null ? "" : " and created_by = :me") + (openOnly ? " and status = 'RADICADA'" : "");
        long total = jdbc.sql("select count(*) from data_request" + where).param("j", j).param("me", createdBy)
                .query(Long.class).single();
        List<DataRequestView> items = jdbc
                .sql("select * from data_request" + where + " order by status, due_on, id limit :l offset :o")
                .param("j", j).param("me", createdBy).param("l", page.size()).param("o", page.offset())
                .query(view()).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Maps rows with the jurisdictions read beforehand: a query inside a row mapper would take a second connection. */
    private RowMapper<DataRequestView> view() {
        Map<Long, Jurisdiction> byId = new HashMap<>();
        jurisdictions.all().forEach(x -> byId.put(x.id(), x));
        return (rs, n) -> view(rs, byId);
    }

    private static DataRequestView view(ResultSet rs, Map<Long, Jurisdiction> byId) throws SQLException {
        long j = rs.getLong("jurisdiction_id");
        Jurisdiction jur = byId.get(j);
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate answered = rs.getObject("answered_on", LocalDate.class);
        LocalDate today = LocalDate.now(jur.zoneId());
        int left = answered != null ? 0 : BusinessDays.forCountry(jur.country()).between(today, due);
        return new DataRequestView(rs.getLong("id"), j, rs.getLong("person_id"), rs.getString("kind"),
                rs.getString("status"), rs.getObject("received_on", LocalDate.class), due, rs.getString("requested_by"),
                rs.getString("details"), rs.getString("response"), answered, left,
                answered == null ? today.isAfter(due) : answered.isAfter(due), rs.getInt("version"));
    }
}
