package org.minga.practice.internal;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.practice.internal.AttachmentService.Attachment;
import org.minga.practice.internal.AttachmentService.File;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The annexes of practices: their bytes are stored in the database, listed without them. */
@Repository
@RequiredArgsConstructor
class AttachmentRepository {

    private final JdbcClient jdbc;

    long insert(long practiceId, String name, String type, byte[] data, String description, String username) {
        return jdbc.sql("""
                insert into practice_attachment (practice_id, file_name, content_type, size_bytes, data, description,
                                                 created_by)
                values (:p, :n, :t, :s, :d, :desc, :u) returning id""")
                .param("p", practiceId).param("n", name).param("t", type).param("s", data.length).param("d", data)
                .param("desc", description).param("u", username).query(Long.class).single();
    }

    List<Attachment> ofPractice(long practiceId) {
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, description, created_by, created_at
                from practice_attachment where practice_id = :p order by id""")
                .param("p", practiceId).query(Attachment.class).list();
    }

    Optional<File> file(long practiceId, long id) {
        return jdbc.sql(
                "select file_name, content_type, data from practice_attachment where id = :id and practice_id = :p")
                .param("id", id).param("p", practiceId).query(File.class).optional();
    }
}
