package org.minga.platform.internal.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.CurrentUser;
import org.minga.platform.ImportError;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code import_job} table. Each write commits on its own unless the caller runs it in a transaction. */
@Repository
@RequiredArgsConstructor
class ImportJobRepository {

    /** At most this many errors are kept per job; the count of all of them is kept apart. */
    static final int MAX_STORED_ERRORS = 10_000;

    private static final String SELECT = """
            select j.id, j.jurisdiction_id, jr.code as jurisdiction_code, jr.name as jurisdiction_name,
              jr.time_zone, j.type,
              j.filename, j.status, j.total_rows, j.processed_rows, j.loaded_rows, j.error_count, j.created_by,
              j.created_by_id, j.created_by_territory_id, j.created_at, j.finished_at, j.message
            from import_job j join jurisdiction jr on jr.id = j.jurisdiction_id
            """;

    /** Jobs the user may see: their own, and those of their jurisdiction and territory if they may import. */
    private static final String VISIBLE = """
            where (j.created_by_id = :me or (:manages and (:allJurisdictions or j.jurisdiction_id = :jurisdiction)
              and (:allTerritories or j.created_by_territory_id = :territory)))
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    long create(long jurisdictionId, String type, String filename, byte[] content, CurrentUser user) {
        return jdbc.sql("""
                insert into import_job (jurisdiction_id, type, filename, content, created_by, created_by_id,
                  created_by_territory_id)
                values (:j, :t, :f, :c, :u, :uid, :tid) returning id""")
                .param("j", jurisdictionId).param("t", type).param("f", truncate(filename, 255)).param("c", content)
                .param("u", truncate(user.username(), 60)).param("uid", user.id())
                .param("tid", user.territoryId(), java.sql.Types.BIGINT)
                .query(Long.class).single();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql(SELECT + "where j.id = :id").param("id", id).query(ImportJobRepository::job).optional();
    }

    /** The uploaded file as received. */
    byte[] content(long id) {
        return jdbc.sql("select content from import_job where id = :id").param("id", id).query(byte[].class).single();
    }

    PageResult<ImportJob> visibleTo(CurrentUser user, PageRequest page) {
        List<ImportJob> items = visibility(jdbc.sql(SELECT + VISIBLE + "order by j.created_at desc, j.id desc "
                + "limit :limit offset :offset"), user)
                        .param("limit", page.size()).param("offset", page.offset())
                        .query(ImportJobRepository::job).list();
        long total = visibility(jdbc.sql("select count(*) from import_job j " + VISIBLE), user)
                .query(Long.class).single();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Stored errors in file order, a page at a time. */
    List<ImportError> errors(long id, int offset, int limit) {
        return jdbc.sql("""
                select (e->>'row')::int as error_row, e->>'column' as error_column, e->>'message' as error_message
                from import_job j cross join lateral jsonb_array_elements(j.errors) with ordinality as x(e, n)
                where j.id = :id order by x.n offset :offset limit :limit""")
                .param("id", id).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new ImportError(rs.getInt("error_row"),
                        rs.getString("error_column"), rs.getString("error_message")))
                .list();
    }

    void phase(long id, ImportStatus status, int totalRows) {
        jdbc.sql("update import_job set status = :s, total_rows = :t, processed_rows = 0 where id = :id")
                .param("s", status.name()).param("t", totalRows).param("id", id).update();
    }

    /** The file has errors: keep them (up to {@link #MAX_STORED_ERRORS}) and load nothing. */
    void invalid(long id, int totalRows, List<ImportError> errors, String message) {
        List<ImportError> kept = errors.size() > MAX_STORED_ERRORS ? errors.subList(0, MAX_STORED_ERRORS) : errors;
        jdbc.sql("""
                update import_job set status = 'INVALID', total_rows = :t, processed_rows = :t,
                  error_count = :count, errors = cast(:errors as jsonb), message = :m, finished_at = now()
                where id = :id""")
                .param("t", totalRows).param("count", errors.size()).param("errors", toJson(kept))
                .param("m", truncate(message, 1000)).param("id", id).update();
    }

    void done(long id, int totalRows, int loadedRows, String message) {
        jdbc.sql("""
                update import_job set status = 'DONE', total_rows = :t, processed_rows = :t, loaded_rows = :l,
                  message = :m, finished_at = now()
                where id = :id""")
                .param("t", totalRows).param("l", loadedRows).param("m", truncate(message, 1000)).param("id", id)
                .update();
    }

    void failed(long id, String message) {
        jdbc.sql(
                "update import_job set status = 'FAILED', loaded_rows = 0, message = :m, finished_at = now() where id = :id")
                .param("m", truncate(message, 1000)).param("id", id).update();
    }

    /** Jobs left running by a previous run of the server (its memory and its transactions are gone). */
    int failRunning(String message) {
        return jdbc.sql("""
                update import_job set status = 'FAILED', message = :m, finished_at = now()
                where status in ('PENDING', 'VALIDATING', 'LOADING')""")
                .param("m", message).update();
    }

    private static JdbcClient.StatementSpec visibility(JdbcClient.StatementSpec spec, CurrentUser user) {
        return spec.param("me", user.id())
                .param("manages", user.role().managesTerritory())
                .param("allJurisdictions", user.allJurisdictions())
                .param("jurisdiction", user.allJurisdictions() ? -1L : user.jurisdictionId())
                .param("allTerritories", user.territoryId() == null)
                .param("territory", user.territoryId() == null ? -1L : user.territoryId());
    }

    private String toJson(List<ImportError> errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportJob job(ResultSet rs, int n) throws SQLException {
        long territory = rs.getLong("created_by_territory_id");
        Long territoryId = rs.wasNull() ? null : territory;
        return new ImportJob(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("jurisdiction_code"),
                rs.getString("jurisdiction_name"), rs.getString("time_zone"), rs.getString("type"),
                rs.getString("filename"),
                ImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("processed_rows"),
                rs.getInt("loaded_rows"), rs.getInt("error_count"), rs.getString("created_by"),
                rs.getLong("created_by_id"), territoryId, rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getString("message"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
