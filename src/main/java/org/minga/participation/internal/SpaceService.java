package org.minga.participation.internal;

import org.minga.offer.Catalogue;
import org.minga.privacy.PersonalRecord;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.household.Households;
import org.minga.offer.PopulationGroup;
import org.minga.participation.internal.Codes.CallOutcome;
import org.minga.participation.internal.Codes.InvitationStatus;
import org.minga.participation.internal.Codes.Level;
import org.minga.participation.internal.Codes.SpaceKind;
import org.minga.participation.internal.Codes.Stage;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Mail;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.privacy.Consents;
import org.minga.territory.TerritoryView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.minga.participation.internal.Codes.blankToNull;

/** Participatory spaces: their data, convocation, attendance, empathy and service maps, and the devolución. */
@Service
class SpaceService {

    record SpaceCommand(String code, String kind, String title, String process, Integer round, String theme,
            Long territoryId, String territoryCode, String servicePoint, LocalDate heldOn, LocalTime startTime,
            Integer durationMinutes, String participationLevel, Long organiserActorId, String organiserName,
            String methodology, Integer countedAttendance, Integer version) {
    }

    record SpaceView(long id, long jurisdictionId, String code, String kind, String title, String process, int round,
            String theme, long territoryId, String territoryName, String servicePoint, LocalDate heldOn,
            LocalTime startTime, int durationMinutes, String participationLevel, Long organiserActorId,
            String organiserName, String methodology, int countedAttendance, int namedAttendance,
            int invited, int confirmed, long contributions, String devolutionText, String devolutionToken,
            Instant devolutionPublishedAt, int version) {

        public int attendance() {
            return countedAttendance + namedAttendance;
        }
    }

    record InvitationCommand(String kind, Long actorId, Long personId, String valueGroup, String name, String email,
            String phone) {
    }

    record InvitationView(long id, long spaceId, String kind, Long actorId, Long personId, String valueGroup,
            String name,
            String email, String phone, String status, Instant emailedAt, Instant remindedAt,
            boolean attended, int calls, int version) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, null);
        }

    }

    record CallCommand(String outcome, String notes) {
    }

    record CallView(long id, long invitationId, String invitee, Instant calledAt, String outcome, String notes,
            String calledBy) {
    }

    record EmpathyMapCommand(String groupName, String thinksFeels, String sees, String hears, String saysDoes,
            String pains, String gains) {
    }

    record EmpathyMapView(long id, String groupName, String thinksFeels, String sees, String hears, String saysDoes,
            String pains, String gains) {
    }

    record StageCommand(String servicePoint, String stage, String touchpoints, String worksWell, String painPoints,
            String suggestions, Integer satisfaction) {
    }

    record StageView(long id, String servicePoint, String stage, String stageLabel, String touchpoints,
            String worksWell,
            String painPoints, String suggestions, Integer satisfaction) {
    }

    record SendResult(boolean mailConfigured, int sent, int withoutEmail) {
    }

    record Filter(String kind, String process, LocalDate from, LocalDate to, String q) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final AuditLog audit;
    private final Actors actors;
    private final Households households;
    private final Consents consents;
    private final Mail mail;
    private final String baseUrl;

    SpaceService(JdbcClient jdbc, Scopes scopes, AuditLog audit, Actors actors, Households households,
            Consents consents,
            Mail mail, @Value("${minga.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.audit = audit;
        this.actors = actors;
        this.households = households;
        this.consents = consents;
        this.mail = mail;
        this.baseUrl = baseUrl;
    }

    boolean mailConfigured() {
        return mail.configured();
    }

    @Transactional
    SpaceView create(SpaceCommand c, String jurisdictionCode, CurrentUser user) {
        scopes.requireWriter(user);
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = scopes.territory(c.territoryId(), c.territoryCode(), jurisdictionCode, user, "territoryId",
                errors);
        Checked k = check(c, t, user, errors);
        String code = blankToNull(c.code());
        if (code == null) {
            code = "esp-" + Long.toString(System.nanoTime(), 36);
        } else if (code.length() > 60) {
            errors.add(new FieldError("code", "El código admite 60 caracteres."));
        } else if (t != null
                && jdbc.sql("select count(*) from participation_space where jurisdiction_id = :j and code = :c")
                        .param("j", t.jurisdictionId()).param("c", code).query(Long.class).single() > 0) {
            errors.add(new FieldError("code", "Ya existe un espacio con el código " + code + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc
                .sql("""
                        insert into participation_space (jurisdiction_id, code, kind, title, process, round, theme, territory_id,
                          territory_path, service_point, held_on, start_time, duration_minutes, participation_level,
                          organiser_actor_id, organiser_name, methodology, counted_attendance, created_by)
                        values (:j, :code, :kind, :title, :process, :round, :theme, :t, :path, :sp, :held, :start, :dur, :lvl,
                          :oa, :on, :meth, :counted, :u) returning id""")
                .param("j", t.jurisdictionId()).param("code", code).param("kind", k.kind.name())
                .param("title", c.title().strip())
                .param("process", c.process().strip()).param("round", c.round() == null ? 1 : c.round())
                .param("theme", blankToNull(c.theme())).param("t", t.id()).param("path", t.path())
                .param("sp", blankToNull(c.servicePoint())).param("held", c.heldOn()).param("start", c.startTime())
                .param("dur", c.durationMinutes()).param("lvl", k.level.name()).param("oa", c.organiserActorId())
                .param("on", k.organiser).param("meth", blankToNull(c.methodology()))
                .param("counted", c.countedAttendance() == null ? 0 : c.countedAttendance()).param("u", user.username())
                .query(Long.class).single();
        SpaceView v = view(id);
        audit.record("CREATE", "ParticipationSpace", id, v.jurisdictionId(), "Espacio de participación " + v.title(),
                null, v);
        return v;
    }

    @Transactional
    SpaceView update(long id, SpaceCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView before = get(id, user);
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = c.territoryId() == null && blankToNull(c.territoryCode()) == null
                ? scopes.territory(before.territoryId())
                : scopes.territory(c.territoryId(), c.territoryCode(),
                        scopes.jurisdiction(before.jurisdictionId()).code(), user,
                        "territoryId", errors);
        if (t != null && t.jurisdictionId() != before.jurisdictionId()) {
            errors.add(new FieldError("territoryId", "El territorio debe ser de la misma jurisdicción."));
        }
        Checked k = check(c, t, user, errors);
        if (c.version() == null) {
            errors.add(new FieldError("version", "Envíe la versión que leyó."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql("""
                update participation_space set kind = :kind, title = :title, process = :process, round = :round,
                  theme = :theme, territory_id = :t, territory_path = :path, service_point = :sp, held_on = :held,
                  start_time = :start, duration_minutes = :dur, participation_level = :lvl, organiser_actor_id = :oa,
                  organiser_name = :on, methodology = :meth, counted_attendance = :counted, version = version + 1
                where id = :id and version = :v""")
                .param("kind", k.kind.name()).param("title", c.title().strip()).param("process", c.process().strip())
                .param("round", c.round() == null ? 1 : c.round()).param("theme", blankToNull(c.theme()))
                .param("t", t.id()).param("path", t.path()).param("sp", blankToNull(c.servicePoint()))
                .param("held", c.heldOn()).param("start", c.startTime()).param("dur", c.durationMinutes())
                .param("lvl", k.level.name()).param("oa", c.organiserActorId()).param("on", k.organiser)
                .param("meth", blankToNull(c.methodology()))
                .param("counted", c.countedAttendance() == null ? before.countedAttendance() : c.countedAttendance())
                .param("id", id).param("v", c.version()).update();
        if (n == 0) {
            throw new ConflictException("El espacio cambió mientras lo editaba (versión " + c.version()
                    + "): recargue y vuelva a aplicar sus cambios.");
        }
        SpaceView after = view(id);
        audit.record("UPDATE", "ParticipationSpace", id, after.jurisdictionId(), "Espacio " + after.title(), before,
                after);
        return after;
    }

    private record Checked(SpaceKind kind, Level level, String organiser) {
    }

    private Checked check(SpaceCommand c, TerritoryView t, CurrentUser user, List<FieldError> errors) {
        SpaceKind kind = Codes.parse(SpaceKind.class, c.kind());
        if (kind == null) {
            errors.add(new FieldError("kind",
                    "El tipo de espacio debe ser DIALOGUE (diálogo ciudadano), TERRITORIAL_WORKSHOP (taller territorial) o THEMATIC_WORKSHOP (taller temático)."));
        }
        Level level = Codes.parse(Level.class, c.participationLevel());
        if (level == null) {
            errors.add(new FieldError("participationLevel",
                    "El nivel de participación debe ser informativo, consultivo, deliberativo o cogestión."));
        }
        if (blankToNull(c.title()) == null || c.title().length() > 200) {
            errors.add(new FieldError("title", "Indique el nombre del espacio (hasta 200 caracteres)."));
        }
        if (blankToNull(c.process()) == null || c.process().length() > 120) {
            errors.add(new FieldError("process",
                    "Indique el proceso al que pertenece (por ejemplo «PLADECO 2024-2030»), hasta 120 caracteres."));
        }
        if (c.round() != null && (c.round() < 1 || c.round() > 20)) {
            errors.add(new FieldError("round", "La vuelta debe estar entre 1 y 20."));
        }
        if (c.heldOn() == null) {
            errors.add(new FieldError("heldOn", "Indique la fecha del espacio."));
        }
        if (c.durationMinutes() == null || c.durationMinutes() < 15 || c.durationMinutes() > 1440) {
            errors.add(new FieldError("durationMinutes", "La duración va de 15 a 1.440 minutos."));
        }
        if (c.countedAttendance() != null && c.countedAttendance() < 0) {
            errors.add(new FieldError("countedAttendance", "La asistencia contada no puede ser negativa."));
        }
        if (kind == SpaceKind.DIALOGUE && blankToNull(c.servicePoint()) == null) {
            errors.add(
                    new FieldError("servicePoint", "Un diálogo ciudadano se hace en un punto de atención: indíquelo."));
        }
        if (kind == SpaceKind.THEMATIC_WORKSHOP && blankToNull(c.theme()) == null) {
            errors.add(new FieldError("theme", "Un taller temático necesita su tema."));
        }
        if (c.methodology() != null && c.methodology().length() > 2000) {
            errors.add(new FieldError("methodology", "La metodología admite 2.000 caracteres."));
        }
        String organiser = blankToNull(c.organiserName());
        if (c.organiserActorId() != null) {
            Optional<ActorSummary> a = actors.byId(c.organiserActorId());
            if (a.isEmpty() || (t != null && a.get().jurisdictionId() != t.jurisdictionId())) {
                errors.add(new FieldError("organiserActorId",
                        "El actor organizador " + c.organiserActorId() + " no existe en la jurisdicción."));
            } else if (organiser == null) {
                organiser = a.get().displayName();
            }
        }
        if (organiser == null) {
            errors.add(new FieldError("organiserName", "Indique quién organiza el espacio."));
        }
        return new Checked(kind, level, organiser);
    }

    SpaceView get(long id, CurrentUser user) {
        SpaceView v = view(id);
        scopes.requireVisible(v.jurisdictionId(), path(id), user, "El espacio " + id);
        return v;
    }

    private String path(long spaceId) {
        return jdbc.sql("select territory_path from participation_space where id = :id").param("id", spaceId)
                .query(String.class).single();
    }

    private static final String SELECT = """
            select s.*, t.name as territory_name,
              (select count(*) from space_invitation i where i.space_id = s.id and i.attended) as named,
              (select count(*) from space_invitation i where i.space_id = s.id) as invited,
              (select count(*) from space_invitation i where i.space_id = s.id and i.status = 'CONFIRMED') as confirmed,
              (select count(*) from contribution c where c.space_id = s.id) as contributions
            from participation_space s join territory t on t.id = s.territory_id""";

    SpaceView view(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SpaceService::row).optional()
                .orElseThrow(() -> new NotFoundException("El espacio de participación " + id + " no existe."));
    }

    private static SpaceView row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime pub = rs.getObject("devolution_published_at", OffsetDateTime.class);
        return new SpaceView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("kind"),
                rs.getString("title"), rs.getString("process"), rs.getInt("round"), rs.getString("theme"),
                rs.getLong("territory_id"), rs.getString("territory_name"), rs.getString("service_point"),
                rs.getObject("held_on", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                rs.getInt("duration_minutes"), rs.getString("participation_level"),
                (Long) rs.getObject("organiser_actor_id"),
                rs.getString("organiser_name"), rs.getString("methodology"), rs.getInt("counted_attendance"),
                rs.getInt("named"), rs.getInt("invited"), rs.getInt("confirmed"), rs.getLong("contributions"),
                rs.getString("devolution_text"), rs.getString("devolution_token"), pub == null ? null : pub.toInstant(),
                rs.getInt("version"));
    }

    PageResult<SpaceView> list(Filter f, CurrentUser user, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder w = new StringBuilder(scopes.where("s", user, params));
        if (f.kind() != null && !f.kind().isBlank()) {
            SpaceKind k = Codes.parse(SpaceKind.class, f.kind());
            if (k == null) {
                throw new ValidationException("kind",
                        "El tipo de espacio '" + f.kind() + "' no existe: use " + Codes.allowed(SpaceKind.class) + ".");
            }
            w.append(" and s.kind = :kind");
            params.put("kind", k.name());
        }
        if (f.process() != null && !f.process().isBlank()) {
            w.append(" and s.process = :process");
            params.put("process", f.process().strip());
        }
        if (f.from() != null) {
            w.append(" and s.held_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            w.append(" and s.held_on <= :to");
            params.put("to", f.to());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" and (s.title ilike :q or s.code ilike :q)");
            params.put("q", "%" + f.q().strip().replace("%", "\\%") + "%");
        }
        long total = jdbc.sql("select count(*) from participation_space s" + w).params(params).query(Long.class)
                .single();
        List<SpaceView> items = jdbc.sql(SELECT + w + " order by s.held_on desc, s.id desc limit :l offset :o")
                .params(params)
                .param("l", page.size()).param("o", page.offset()).query(SpaceService::row).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    List<String> processes(CurrentUser user) {
        Map<String, Object> params = new LinkedHashMap<>();
        String w = scopes.where("s", user, params);
        return jdbc.sql(
                "select distinct process from (select process, territory_path, jurisdiction_id from participation_space"
                        + " union all select process, territory_path, jurisdiction_id from survey) s" + w
                        + " order by 1 limit 200")
                .params(params).query(String.class).list();
    }

    // ---- convocation ----

    @Transactional
    InvitationView invite(long spaceId, InvitationCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView s = get(spaceId, user);
        List<FieldError> errors = new ArrayList<>();
        String kind = c.kind() == null ? "" : c.kind().strip().toUpperCase();
        String name = blankToNull(c.name());
        String email = blankToNull(c.email());
        String phone = blankToNull(c.phone());
        String group = null;
        switch (kind) {
            case "ACTOR" -> {
                Optional<ActorSummary> a = c.actorId() == null ? Optional.empty() : actors.byId(c.actorId());
                if (a.isEmpty() || a.get().jurisdictionId() != s.jurisdictionId()) {
                    errors.add(new FieldError("actorId", "Elija un actor (líder u organización) de la jurisdicción."));
                } else {
                    name = name == null ? a.get().displayName() : name;
                    email = email == null ? a.get().email() : email;
                    phone = phone == null ? a.get().phone() : phone;
                }
            }
            case "PERSON" -> {
                if (c.personId() == null) {
                    errors.add(new FieldError("personId", "Indique la persona a invitar."));
                } else {
                    Households.PersonRef p = households.requireUsablePerson(c.personId(), user);
                    if (p.jurisdictionId() != s.jurisdictionId()) {
                        errors.add(new FieldError("personId", "La persona es de otra jurisdicción."));
                    }
                    name = name == null ? p.displayName() : name;
                }
            }
            case "VALUE_GROUP" -> {
                Optional<PopulationGroup> g = Catalogue.parse(PopulationGroup.class, c.valueGroup());
                if (g.isEmpty()) {
                    errors.add(new FieldError("valueGroup",
                            "El grupo de valor debe ser uno de: " + Catalogue.allowed(PopulationGroup.class) + "."));
                } else {
                    group = g.get().name();
                    if (name == null) {
                        errors.add(new FieldError("name",
                                "Indique a quién se convoca del grupo de valor (organización o vocero)."));
                    }
                }
            }
            case "OTHER" -> {
                if (name == null) {
                    errors.add(new FieldError("name", "Indique el nombre de la persona o la organización invitada."));
                }
            }
            default -> errors
                    .add(new FieldError("kind", "El tipo de invitado debe ser ACTOR, PERSON, VALUE_GROUP u OTHER."));
        }
        if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            errors.add(new FieldError("email", "El correo '" + email + "' no es válido."));
        }
        if (phone != null && !phone.matches("^[+0-9 ()-]{5,40}$")) {
            errors.add(new FieldError("phone", "El teléfono solo admite dígitos, espacios, +, ( ) y guiones."));
        }
        if (name != null && name.length() > 200) {
            errors.add(new FieldError("name", "El nombre admite 200 caracteres."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into space_invitation (space_id, kind, actor_id, person_id, value_group, name, email, phone)
                values (:s, :k, :a, :p, :g, :n, :e, :ph) returning id""")
                .param("s", spaceId).param("k", kind).param("a", "ACTOR".equals(kind) ? c.actorId() : null)
                .param("p", "PERSON".equals(kind) ? c.personId() : null).param("g", group).param("n", name)
                .param("e", email).param("ph", phone).query(Long.class).single();
        InvitationView v = invitation(id);
        audit.record("CREATE", "SpaceInvitation", id, s.jurisdictionId(), "Invitación de " + name + " a " + s.title(),
                null, v);
        return v;
    }

    List<InvitationView> invitations(long spaceId, CurrentUser user) {
        get(spaceId, user);
        return jdbc.sql("select i.*, (select count(*) from space_call c where c.invitation_id = i.id) as calls"
                + " from space_invitation i where i.space_id = :s order by i.name, i.id limit 2000")
                .param("s", spaceId).query(SpaceService::invitationRow).list();
    }

    private InvitationView invitation(long id) {
        return jdbc.sql("select i.*, (select count(*) from space_call c where c.invitation_id = i.id) as calls"
                + " from space_invitation i where i.id = :id").param("id", id)
                .query(SpaceService::invitationRow).optional()
                .orElseThrow(() -> new NotFoundException("La invitación " + id + " no existe."));
    }

    private static InvitationView invitationRow(ResultSet rs, int n) throws SQLException {
        OffsetDateTime e = rs.getObject("emailed_at", OffsetDateTime.class);
        OffsetDateTime r = rs.getObject("reminded_at", OffsetDateTime.class);
        return new InvitationView(rs.getLong("id"), rs.getLong("space_id"), rs.getString("kind"),
                (Long) rs.getObject("actor_id"),
                (Long) rs.getObject("person_id"), rs.getString("value_group"), rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"), rs.getString("status"), e == null ? null : e.toInstant(),
                r == null ? null : r.toInstant(),
                rs.getBoolean("attended"), rs.getInt("calls"), rs.getInt("version"));
    }

    private InvitationView invitationOf(long spaceId, long invitationId, CurrentUser user) {
        get(spaceId, user);
        InvitationView i = invitation(invitationId);
        if (i.spaceId() != spaceId) {
            throw new NotFoundException("La invitación " + invitationId + " no es de este espacio.");
        }
        return i;
    }

    /** Emails the invitation (or, with {@code reminder}, a reminder to those invited or confirmed) to every invitee with an address. */
    @Transactional
    SendResult sendInvitations(long spaceId, boolean reminder, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView s = get(spaceId, user);
        int sent = 0;
        int without = 0;
        for (InvitationView i : invitations(spaceId, user)) {
            if (reminder ? !(i.status().equals("INVITED") || i.status().equals("CONFIRMED")) : i.emailedAt() != null) {
                continue;
            }
            if (i.email() == null) {
                without++;
                continue;
            }
            String subject = (reminder ? "Recordatorio: " : "Invitación: ") + s.title();
            String body = "Hola, " + i.name() + ".\n\n"
                    + (reminder ? "Le recordamos que le esperamos en " : "Le invitamos a participar en ")
                    + s.title() + " el " + org.minga.platform.Times.DATE.format(s.heldOn())
                    + (s.startTime() == null ? "" : " a las " + org.minga.platform.Times.TIME.format(s.startTime()))
                    + (s.servicePoint() == null ? "" : " en " + s.servicePoint()) + " (" + s.territoryName()
                    + "), durante "
                    + s.durationMinutes() + " minutos.\nOrganiza: " + s.organiserName()
                    + ".\n\nPor favor confirme su asistencia respondiendo a este correo.\n";
            if (mail.send(i.email(), subject, body)) {
                sent++;
                jdbc.sql("update space_invitation set " + (reminder ? "reminded_at" : "emailed_at")
                        + " = now(), version = version + 1 where id = :id")
                        .param("id", i.id()).update();
            }
        }
        audit.record(reminder ? "REMIND" : "INVITE", "ParticipationSpace", spaceId, s.jurisdictionId(),
                (reminder ? "Recordatorios" : "Invitaciones") + " por correo: " + sent + " enviados, " + without
                        + " sin correo",
                null, null);
        return new SendResult(mail.configured(), sent, without);
    }

    /** Logs a phone call; its outcome updates the confirmation status. */
    @Transactional
    CallView logCall(long spaceId, long invitationId, CallCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        InvitationView i = invitationOf(spaceId, invitationId, user);
        CallOutcome outcome = Codes.parse(CallOutcome.class, c.outcome());
        List<FieldError> errors = new ArrayList<>();
        if (outcome == null) {
            errors.add(new FieldError("outcome",
                    "El resultado de la llamada debe ser CONFIRMED, DECLINED, NO_ANSWER o CALL_BACK."));
        }
        if (c.notes() != null && c.notes().length() > 500) {
            errors.add(new FieldError("notes", "Las notas de la llamada admiten 500 caracteres."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql(
                "insert into space_call (invitation_id, outcome, notes, called_by) values (:i, :o, :n, :u) returning id")
                .param("i", invitationId).param("o", outcome.name()).param("n", blankToNull(c.notes()))
                .param("u", user.username())
                .query(Long.class).single();
        if (outcome != CallOutcome.CALL_BACK) {
            jdbc.sql("update space_invitation set status = :s, version = version + 1 where id = :id")
                    .param("s", outcome.name()).param("id", invitationId).update();
        }
        CallView v = calls(spaceId, user).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.record("CALL", "SpaceInvitation", invitationId, view(spaceId).jurisdictionId(),
                "Llamada a " + i.name() + ": " + outcome.name(), i, v);
        return v;
    }

    List<CallView> calls(long spaceId, CurrentUser user) {
        get(spaceId, user);
        return jdbc.sql("""
                select c.*, i.name from space_call c join space_invitation i on i.id = c.invitation_id
                where i.space_id = :s order by c.called_at desc, c.id desc limit 2000""").param("s", spaceId)
                .query((rs, n) -> new CallView(rs.getLong("id"), rs.getLong("invitation_id"), rs.getString("name"),
                        rs.getObject("called_at", OffsetDateTime.class).toInstant(), rs.getString("outcome"),
                        rs.getString("notes"), rs.getString("called_by")))
                .list();
    }

    /**
     * Sets the confirmation status and named attendance of an invitee. A person is recorded by name only with an
     * active authorization to process their data; otherwise they count in the counted attendance.
     */
    @Transactional
    InvitationView setStatus(long spaceId, long invitationId, String status, Boolean attended, Integer version,
            CurrentUser user) {
        scopes.requireWriter(user);
        InvitationView i = invitationOf(spaceId, invitationId, user);
        List<FieldError> errors = new ArrayList<>();
        InvitationStatus st = status == null ? Codes.parse(InvitationStatus.class, i.status())
                : Codes.parse(InvitationStatus.class, status);
        if (st == null) {
            errors.add(new FieldError("status", "La confirmación debe ser INVITED, CONFIRMED, DECLINED o NO_ANSWER."));
        }
        boolean att = attended == null ? i.attended() : attended;
        if (att && !i.attended() && i.personId() != null && !consents.hasActive(i.personId())) {
            errors.add(new FieldError("attended",
                    i.name() + " no tiene una autorización vigente para el tratamiento de sus datos:"
                            + " no se registra su asistencia con nombre; súmela a la asistencia contada."));
        }
        if (version == null) {
            errors.add(new FieldError("version", "Envíe la versión que leyó."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql(
                "update space_invitation set status = :s, attended = :a, version = version + 1 where id = :id and version = :v")
                .param("s", st.name()).param("a", att).param("id", invitationId).param("v", version).update();
        if (n == 0) {
            throw new ConflictException(
                    "La invitación de " + i.name() + " cambió mientras la editaba: recargue la página.");
        }
        InvitationView after = invitation(invitationId);
        audit.record("UPDATE", "SpaceInvitation", invitationId, view(spaceId).jurisdictionId(),
                "Confirmación y asistencia de " + i.name(), i, after);
        return after;
    }

    // ---- empathy and service maps ----

    @Transactional
    EmpathyMapView addEmpathyMap(long spaceId, EmpathyMapCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView s = get(spaceId, user);
        List<FieldError> errors = new ArrayList<>();
        if (blankToNull(c.groupName()) == null || c.groupName().length() > 160) {
            errors.add(
                    new FieldError("groupName", "Indique el grupo de participantes del mapa (hasta 160 caracteres)."));
        }
        String[][] fields = {{"thinksFeels", c.thinksFeels()}, {"sees", c.sees()}, {"hears", c.hears()},
                {"saysDoes", c.saysDoes()}, {"pains", c.pains()}, {"gains", c.gains()}};
        boolean any = false;
        for (String[] f : fields) {
            if (f[1] != null && f[1].length() > 2000) {
                errors.add(new FieldError(f[0], "Cada cuadrante admite 2.000 caracteres."));
            }
            any |= blankToNull(f[1]) != null;
        }
        if (!any) {
            errors.add(new FieldError("thinksFeels", "Llene al menos un cuadrante del mapa de empatía."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into empathy_map (space_id, group_name, thinks_feels, sees, hears, says_does, pains, gains)
                values (:s, :g, :tf, :se, :he, :sd, :p, :ga) returning id""")
                .param("s", spaceId).param("g", c.groupName().strip()).param("tf", blankToNull(c.thinksFeels()))
                .param("se", blankToNull(c.sees())).param("he", blankToNull(c.hears()))
                .param("sd", blankToNull(c.saysDoes()))
                .param("p", blankToNull(c.pains())).param("ga", blankToNull(c.gains())).query(Long.class).single();
        EmpathyMapView v = empathyMaps(spaceId).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
        audit.record("CREATE", "EmpathyMap", id, s.jurisdictionId(),
                "Mapa de empatía de " + v.groupName() + " en " + s.title(), null, v);
        return v;
    }

    List<EmpathyMapView> empathyMaps(long spaceId) {
        return jdbc.sql("select * from empathy_map where space_id = :s order by id").param("s", spaceId)
                .query((rs, n) -> new EmpathyMapView(rs.getLong("id"), rs.getString("group_name"),
                        rs.getString("thinks_feels"),
                        rs.getString("sees"), rs.getString("hears"), rs.getString("says_does"), rs.getString("pains"),
                        rs.getString("gains")))
                .list();
    }

    /** Records (or replaces) one stage of the service map of a service point. */
    @Transactional
    StageView saveStage(long spaceId, StageCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView s = get(spaceId, user);
        List<FieldError> errors = new ArrayList<>();
        String point = blankToNull(c.servicePoint()) == null ? s.servicePoint() : c.servicePoint().strip();
        if (point == null || point.length() > 160) {
            errors.add(new FieldError("servicePoint", "Indique el punto de atención del mapa de servicio."));
        }
        Stage stage = Codes.parse(Stage.class, c.stage());
        if (stage == null) {
            errors.add(new FieldError("stage",
                    "La etapa debe ser llegada, asignación de turno o cita, espera, atención o respuesta."));
        }
        if (c.satisfaction() != null && (c.satisfaction() < 1 || c.satisfaction() > 5)) {
            errors.add(new FieldError("satisfaction", "La satisfacción va de 1 (muy baja) a 5 (muy alta)."));
        }
        for (String[] f : new String[][]{{"touchpoints", c.touchpoints()}, {"worksWell", c.worksWell()},
                {"painPoints", c.painPoints()}, {"suggestions", c.suggestions()}}) {
            if (f[1] != null && f[1].length() > 1000) {
                errors.add(new FieldError(f[0], "Cada campo de la etapa admite 1.000 caracteres."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        jdbc.sql(
                """
                        insert into service_map_stage (space_id, service_point, stage, touchpoints, works_well, pain_points, suggestions, satisfaction)
                        values (:s, :p, :st, :t, :w, :pp, :sg, :sat)
                        on conflict (space_id, service_point, stage) do update set touchpoints = excluded.touchpoints,
                          works_well = excluded.works_well, pain_points = excluded.pain_points, suggestions = excluded.suggestions,
                          satisfaction = excluded.satisfaction, version = service_map_stage.version + 1""")
                .param("s", spaceId).param("p", point).param("st", stage.name())
                .param("t", blankToNull(c.touchpoints()))
                .param("w", blankToNull(c.worksWell())).param("pp", blankToNull(c.painPoints()))
                .param("sg", blankToNull(c.suggestions())).param("sat", c.satisfaction()).update();
        StageView v = serviceMap(spaceId).stream()
                .filter(x -> x.servicePoint().equals(point) && x.stage().equals(stage.name()))
                .findFirst().orElseThrow();
        audit.record("SAVE", "ServiceMapStage", v.id(), s.jurisdictionId(), "Mapa de servicio de " + point + ": "
                + Codes.stageLabel(stage), null, v);
        return v;
    }

    List<StageView> serviceMap(long spaceId) {
        return jdbc.sql("""
                select * from service_map_stage where space_id = :s order by service_point,
                  array_position(array['ARRIVAL','TURN','WAIT','ATTENTION','RESPONSE']::varchar[], stage)""")
                .param("s", spaceId)
                .query((rs, n) -> new StageView(rs.getLong("id"), rs.getString("service_point"), rs.getString("stage"),
                        Codes.stageLabel(Stage.valueOf(rs.getString("stage"))), rs.getString("touchpoints"),
                        rs.getString("works_well"), rs.getString("pain_points"), rs.getString("suggestions"),
                        (Integer) rs.getObject("satisfaction")))
                .list();
    }

    // ---- devolución ----

    /**
     * Publishes the devolución: a public page (by an unguessable link) with what was done with every contribution,
     * emailed to the invitees who have an address.
     */
    @Transactional
    SpaceView publishDevolution(long spaceId, String text, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView before = get(spaceId, user);
        if (text != null && text.length() > 4000) {
            throw new ValidationException("devolutionText", "El mensaje de la devolución admite 4.000 caracteres.");
        }
        String token = before.devolutionToken() == null ? token() : before.devolutionToken();
        jdbc.sql(
                "update participation_space set devolution_text = :t, devolution_token = :k, devolution_published_at = now(),"
                        + " version = version + 1 where id = :id")
                .param("t", blankToNull(text)).param("k", token).param("id", spaceId).update();
        SpaceView after = view(spaceId);
        String link = baseUrl + "/d/" + token;
        for (InvitationView i : invitations(spaceId, user)) {
            if (i.email() != null) {
                mail.send(i.email(), "Devolución: " + after.title(),
                        "Hola, " + i.name() + ".\n\nGracias por participar en "
                                + after.title() + ". Esto es lo que se hizo con cada aporte: " + link + "\n"
                                + (after.devolutionText() == null ? "" : "\n" + after.devolutionText() + "\n"));
            }
        }
        audit.record("PUBLISH", "ParticipationSpace", spaceId, after.jurisdictionId(),
                "Devolución publicada de " + after.title(),
                before, after);
        return after;
    }

    Optional<SpaceView> byDevolutionToken(String token) {
        if (token == null || !token.matches("^[A-Za-z0-9_-]{20,40}$")) {
            return Optional.empty();
        }
        return jdbc.sql(
                "select id from participation_space where devolution_token = :t and devolution_published_at is not null")
                .param("t", token).query(Long.class).optional().map(this::view);
    }

    Optional<SpaceView> byCode(long jurisdictionId, String code) {
        return jdbc.sql("select id from participation_space where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).optional().map(this::view);
    }

    static String token() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
