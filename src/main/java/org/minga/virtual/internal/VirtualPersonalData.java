package org.minga.virtual.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.minga.platform.DataSubjectRef;
import org.minga.platform.PersonalDataOwner;
import org.minga.platform.ScrubQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the virtual territories keep about a person: the campaign invitations sent to them, their unsubscribing, and
 * the online sessions a facilitator registered them at. Only the person's id, never a name, document or address:
 * the rows stay as they are once the person is anonymised (the counts of campaigns and sessions stay right).
 */
@Component
record VirtualPersonalData(JdbcClient jdbc) implements PersonalDataOwner {

    @Override
    public String section() {
        return "Territorios virtuales";
    }

    @Override
    public Set<String> tables() {
        return Set.of("campaign_invitation", "invitation_opt_out", "online_session_attendance");
    }

    @Override
    public Map<String, Long> list(DataSubjectRef s) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("Invitaciones de campañas por correo electrónico",
                ScrubQueries.rowsOfPerson(jdbc, "campaign_invitation", s));
        out.put("Asistencias a sesiones en línea", ScrubQueries.rowsOfPerson(jdbc, "online_session_attendance", s));
        return out;
    }

    @Override
    public Map<String, Object> export(DataSubjectRef s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("invitaciones", jdbc.sql("""
                select c.name as campana, p.title as pieza, i.sent_at as enviada from campaign_invitation i
                  join campaign c on c.id = i.campaign_id join campaign_piece p on p.id = i.piece_id
                 where i.person_id = :p order by i.id""").param("p", s.personId()).query().listOfRows());
        out.put("no_desea_invitaciones", jdbc.sql("select opted_out_at as desde from invitation_opt_out"
                + " where person_id = :p").param("p", s.personId()).query().listOfRows());
        out.put("sesiones_en_linea", jdbc.sql("""
                select o.title as sesion, o.held_on as fecha, a.registered_at as registrada
                  from online_session_attendance a join online_session o on o.id = a.online_session_id
                 where a.person_id = :p order by o.held_on""").param("p", s.personId()).query().listOfRows());
        return out;
    }

    @Override
    public void anonymise(DataSubjectRef s) {
        // only the person's id is kept: nothing identifying to blank
    }
}
