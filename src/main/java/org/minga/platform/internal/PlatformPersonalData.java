package org.minga.platform.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.minga.platform.DataSubjectRef;
import org.minga.platform.ScrubQueries;
import org.minga.platform.PersonalDataOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The copies of a person's data the platform keeps: the audit log (states before and after each change), the files
 * uploaded to imports (kept in the database with their error reports) and notifications. They are found by the
 * person's id where the row says it (audit rows of the person, or whose state names the person's id), else by the
 * identifiers the other owners gave. Runs after the other owners, so that their own audit rows are scrubbed too.
 */
@Component
record PlatformPersonalData(JdbcClient jdbc) implements PersonalDataOwner {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String DISCARDED = "El archivo se descartó por una solicitud de supresión de datos personales.";

    @Override
    public String section() {
        return "Plataforma: auditoría, archivos importados y notificaciones";
    }

    @Override
    public Set<String> tables() {
        return Set.of("audit_log", "import_job", "notification");
    }

    @Override
    public boolean keepsCopies() {
        return true;
    }

    /** Audit rows of the person: the person's own record, or a state that names the person's id. */
    private static final String AUDIT_OF_PERSON = """
            ((entity_type = 'Person' and entity_id = cast(:p as varchar))
             or before_state ->> 'personId' = cast(:p as varchar) or after_state ->> 'personId' = cast(:p as varchar))""";

    /** Finished import jobs whose file holds a strong identifier of the person. */
    private List<Long> importJobs(DataSubjectRef s) {
        List<Long> out = new ArrayList<>();
        List<String> ids = s.strongIdentifiers();
        if (ids.isEmpty()) {
            return out;
        }
        StringBuilder where = new StringBuilder("false");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            where.append(" or position(convert_to(:t").append(i).append(", 'UTF8') in content) > 0");
            if (!StandardCharsets.US_ASCII.newEncoder().canEncode(id) && WINDOWS_1252.newEncoder().canEncode(id)) {
                // files saved by Excel in Windows-1252
                where.append(" or position(convert_to(:t").append(i).append(", 'WIN1252') in content) > 0");
            }
            params.put("t" + i, id);
        }
        out.addAll(jdbc
                .sql("select id from import_job where status in ('DONE', 'INVALID', 'FAILED') and (" + where
                        + ") order by id")
                .params(params).query(Long.class).list());
        // spreadsheets are compressed: they are opened to be searched
        for (Long id : jdbc.sql("""
                select id from import_job where status in ('DONE', 'INVALID', 'FAILED') and jurisdiction_id = :j
                  and substring(content from 1 for 2) = '\\x504b'::bytea order by id""")
                .param("j", s.jurisdictionId()).query(Long.class).list()) {
            if (!out.contains(id) && spreadsheetMentions(content(id), s)) {
                out.add(id);
            }
        }
        return out;
    }

    private byte[] content(long id) {
        return jdbc.sql("select content from import_job where id = :id").param("id", id).query(byte[].class).single();
    }

    private static boolean spreadsheetMentions(byte[] zip, DataSubjectRef s) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".xml") && s.mentions(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Map<String, Long> list(DataSubjectRef s) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("Registros de auditoría sobre la persona",
                jdbc.sql("select count(*) from audit_log where " + AUDIT_OF_PERSON)
                        .param("p", s.personId()).query(Long.class).single());
        out.put("Archivos importados con sus datos", (long) importJobs(s).size());
        return out;
    }

    @Override
    public Map<String, Object> export(DataSubjectRef s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("auditoria", jdbc.sql(
                "select at as fecha, username as usuario, action as accion, summary as resumen from audit_log where "
                        + AUDIT_OF_PERSON + " order by at, id")
                .param("p", s.personId()).query().listOfRows());
        List<Long> jobs = importJobs(s);
        out.put("archivosImportados", jobs.isEmpty() ? List.of() : jdbc.sql("""
                select id, type as tipo, filename as archivo, created_by as importado_por, created_at as fecha
                from import_job where id in (:ids) order by id""").param("ids", jobs).query().listOfRows());
        return out;
    }

    @Override
    public void anonymise(DataSubjectRef s) {
        Map<String, Object> p = Map.of("p", s.personId());
        // the person's own record: the states are the person's data, who did what and when stays
        jdbc.sql("""
                update audit_log set before_state = null, after_state = null
                where entity_type = 'Person' and entity_id = cast(:p as varchar)""").params(p).update();
        ScrubQueries.scrubColumns(jdbc, s, "audit_log", AUDIT_OF_PERSON, p, true, "summary", "before_state:jsonb",
                "after_state:jsonb");
        ScrubQueries.scrubColumns(jdbc, s, "audit_log", null, null, false, "summary", "before_state:jsonb",
                "after_state:jsonb");
        for (long id : importJobs(s)) {
            byte[] before = content(id);
            boolean zip = before.length > 1 && before[0] == 'P' && before[1] == 'K';
            byte[] after = zip ? new byte[0] : scrubText(before, s);
            jdbc.sql("""
                    update import_job set content = :c,
                      message = case when :zip then left(coalesce(message || ' ', '') || :m, 1000) else message end
                    where id = :id""").param("c", after).param("zip", zip).param("m", DISCARDED).param("id", id)
                    .update();
        }
        ScrubQueries.scrubColumns(jdbc, s, "import_job", null, null, false, "errors:jsonb", "message");
        ScrubQueries.scrubColumns(jdbc, s, "notification", null, null, false, "title", "body");
    }

    /** A text file with each line that holds a strong identifier of the person scrubbed, in its own encoding. */
    static byte[] scrubText(byte[] bytes, DataSubjectRef s) {
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            charset = WINDOWS_1252;
            text = new String(bytes, WINDOWS_1252);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("(?<=\n)", -1)) {
            out.append(s.scrubIfMentioned(line));
        }
        return out.toString().getBytes(charset);
    }
}
