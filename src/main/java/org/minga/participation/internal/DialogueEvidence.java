package org.minga.participation.internal;

import java.util.List;
import java.util.Optional;

import org.minga.practice.EvidenceSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live figures for a good practice linked to a citizen dialogue: the reference is a space code (e.g.
 * "redcade-2022-06"); the figures cover the space's whole process (every dialogue of RedCADE, say), since that is
 * what a practice documents.
 */
@Component
class DialogueEvidence implements EvidenceSource {

    private final JdbcClient jdbc;
    private final SpaceService spaces;

    DialogueEvidence(JdbcClient jdbc, SpaceService spaces) {
        this.jdbc = jdbc;
        this.spaces = spaces;
    }

    @Override
    public String linkType() {
        return "dialogue";
    }

    @Override
    public Optional<Evidence> figures(long jurisdictionId, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return spaces.byCode(jurisdictionId, reference.strip()).map(s -> {
            long[] f = jdbc
                    .sql("""
                            select count(*),
                              coalesce(sum(s.counted_attendance + (select count(*) from space_invitation i where i.space_id = s.id and i.attended)), 0),
                              (select count(*) from contribution c join participation_space x on x.id = c.space_id
                                 where x.jurisdiction_id = :j and x.process = :p),
                              (select count(*) from contribution c join participation_space x on x.id = c.space_id
                                 join improvement_action a on a.id = c.action_id where x.jurisdiction_id = :j and x.process = :p),
                              (select count(*) from contribution c join participation_space x on x.id = c.space_id
                                 join improvement_action a on a.id = c.action_id where x.jurisdiction_id = :j and x.process = :p and a.status = 'DONE')
                            from participation_space s where s.jurisdiction_id = :j and s.process = :p""")
                    .param("j", jurisdictionId).param("p", s.process())
                    .query((rs,
                            n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                    .single();
            return new Evidence(s.title() + " · " + s.process(), "/participation/spaces/" + s.id(), List.of(
                    new Figure("Espacios realizados", String.valueOf(f[0])),
                    new Figure("Participantes", String.valueOf(f[1])),
                    new Figure("Aportes", String.valueOf(f[2])),
                    new Figure("Aportes convertidos en acciones de mejora",
                            f[2] == 0 ? "0" : f[3] + " (" + Math.round(100.0 * f[3] / f[2]) + " %)"),
                    new Figure("Aportes con acción hecha",
                            f[2] == 0 ? "0" : f[4] + " (" + Math.round(100.0 * f[4] / f[2]) + " %)")));
        });
    }
}
