package org.minga.participation.internal.home;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.Jurisdiction;
import org.minga.platform.PublicEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The citizens' home: the surveys open to answers and the devoluciones published (what was done with what
 * citizens said) in the jurisdiction, newest first.
 */
@Component
record ParticipationPublicReadModel(JdbcClient jdbc) implements PublicEntry {

    private static final int SHOWN = 8;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Section sectionFor(Jurisdiction j) {
        List<Link> links = new ArrayList<>();
        jdbc.sql("select title, public_token from survey where jurisdiction_id = :j and status = 'OPEN'"
                + " order by created_at desc, id desc limit " + SHOWN)
                .param("j", j.id())
                .query((rs, n) -> new Link("Encuesta: " + rs.getString("title"), "/s/" + rs.getString("public_token")))
                .list().forEach(links::add);
        jdbc.sql("select title, devolution_token from participation_space where jurisdiction_id = :j"
                + " and devolution_published_at is not null and devolution_token is not null"
                + " order by devolution_published_at desc, id desc limit " + SHOWN)
                .param("j", j.id())
                .query((rs, n) -> new Link("Devolución: " + rs.getString("title"),
                        "/d/" + rs.getString("devolution_token")))
                .list().forEach(links::add);
        return new Section("Participe",
                links.isEmpty() ? "No hay encuestas abiertas ni devoluciones publicadas por ahora."
                        : "Responda las encuestas abiertas y conozca qué se hizo con lo que la ciudadanía dijo.",
                links);
    }
}
