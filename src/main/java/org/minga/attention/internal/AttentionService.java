package org.minga.attention.internal;

import org.minga.platform.AccessPolicy;
import org.minga.privacy.PersonalRecord;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.minga.platform.Capability;
import org.minga.attention.Setting;
import org.minga.household.Households;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records attentions and answers lists and counts by setting, territory and month, within the user's scope. */
@Service
class AttentionService {

    record AttentionCommand(String setting, String mode, LocalDate attendedOn, Long territoryId, String territoryCode,
            Long fieldTeamId, String actorName, Long serviceId, String serviceName,
            Integer participantCount, Long personId, Long householdId, List<Long> participantIds,
            String notes) {
    }

    record AttentionView(long id, long jurisdictionId, String setting, String mode, LocalDate attendedOn,
            long territoryId,
            String territoryName, Long fieldTeamId, String actorName, Long serviceId, String serviceName,
            int participantCount, Long personId, Long householdId, List<Long> participantIds, String notes,
            String createdBy, int version) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, jurisdictionId).household(householdId, jurisdictionId);
            if (participantIds != null) {
                participantIds.forEach(p -> s.person(p, jurisdictionId));
            }
        }

    }

    record Count(String setting, String territory, String month, long attentions, long participants) {
    }

    private final JdbcClient jdbc;
    private final Territories territories;
    private final Jurisdictions jurisdictions;
    private final Households households;
    private final AuditLog audit;

    AttentionService(JdbcClient jdbc, Territories territories, Jurisdictions jurisdictions, Households households,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.jurisdictions = jurisdictions;
        this.households = households;
        this.audit = audit;
    }

    @Transactional
    AttentionView create(AttentionCommand c, String jurisdictionCode, CurrentUser user) {
        if (!AccessPolicy.holds(user.role(), Capability.RECORD_PERSONAL_DATA)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no registra atenciones.");
        }
        List<FieldError> errors = new ArrayList<>();
        Setting setting = Setting.parse(c.setting());
        if (setting == null) {
            errors.add(new FieldError("setting",
                    "El entorno debe ser hogar, educativo, laboral, institucional o comunitario."));
        }
        String mode = c.mode() == null ? null : c.mode().strip().toUpperCase();
        if (!"INDIVIDUAL".equals(mode) && !"COLECTIVA".equals(mode)) {
            errors.add(new FieldError("mode", "Indique si la atención es INDIVIDUAL o COLECTIVA."));
        }
        TerritoryView t = null;
        Households.PersonRef person = null;
        if (c.personId() != null) {
            person = households.requireUsablePerson(c.personId(), user);
        }
        if (c.territoryId() != null) {
            t = territories.byId(c.territoryId()).orElse(null);
        } else if (c.territoryCode() != null && !c.territoryCode().isBlank()) {
            Jurisdiction j = jurisdiction(jurisdictionCode, user);
            t = territories.byCode(j.id(), c.territoryCode().strip()).orElse(null);
        } else if (person != null) {
            t = territories.byId(person.territoryId()).orElse(null);
        }
        if (t == null) {
            errors.add(new FieldError("territoryId", "Indique un territorio que exista."));
        } else if (!territories.scopeOf(user, Capability.READ_PERSONAL_DATA).includes(t.jurisdictionId(), t.path())) {
            errors.add(new FieldError("territoryId",
                    "El territorio " + t.name() + " está fuera de su alcance territorial."));
        }
        if (person != null && t != null && person.jurisdictionId() != t.jurisdictionId()) {
            errors.add(new FieldError("personId", "La persona es de otra jurisdicción."));
        }
        if (c.householdId() != null) {
            households.requireVisibleHousehold(c.householdId(), user);
        }
        LocalDate today = t == null ? org.minga.platform.Times.todayHere()
                : LocalDate.now(jurisdictions.byId(t.jurisdictionId()).orElseThrow().zoneId());
        if (c.attendedOn() == null) {
            errors.add(new FieldError("attendedOn", "Indique la fecha de la atención."));
        } else if (c.attendedOn().isAfter(today)) {
            errors.add(new FieldError("attendedOn", "La fecha de la atención no puede ser futura."));
        }
        if (c.fieldTeamId() == null && (c.actorName() == null || c.actorName().isBlank())) {
            errors.add(new FieldError("fieldTeamId", "Indique el equipo o el actor que hizo la atención."));
        }
        if (c.fieldTeamId() != null && t != null
                && households.fieldTeam(t.jurisdictionId(), c.fieldTeamId()).isEmpty()) {
            errors.add(
                    new FieldError("fieldTeamId", "El equipo " + c.fieldTeamId() + " no existe en la jurisdicción."));
        }
        List<Long> participants = c.participantIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(c.participantIds()));
        int count;
        if ("INDIVIDUAL".equals(mode)) {
            if (c.personId() == null) {
                errors.add(new FieldError("personId", "Una atención individual se registra a una persona."));
            }
            if (!participants.isEmpty() || (c.participantCount() != null && c.participantCount() != 1)) {
                errors.add(new FieldError("participantCount", "Una atención individual tiene un solo participante."));
            }
            count = 1;
        } else {
            count = c.participantCount() == null ? participants.size() : c.participantCount();
            if (count < 1) {
                errors.add(new FieldError("participantCount", "Indique cuántas personas participaron (al menos una)."));
            } else if (count < participants.size()) {
                errors.add(new FieldError("participantCount", "El número de participantes (" + count
                        + ") es menor que la lista de personas (" + participants.size() + ")."));
            }
        }
        if (c.notes() != null && c.notes().length() > 2000) {
            errors.add(new FieldError("notes", "Las notas admiten 2.000 caracteres."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (Long pid : participants) {
            households.requireUsablePerson(pid, user);
        }
        long id = jdbc.sql("""
                insert into attention (jurisdiction_id, setting, mode, attended_on, territory_id, territory_path,
                  field_team_id, actor_name, service_id, service_name, participant_count, person_id, household_id,
                  notes, created_by)
                values (:j, :s, :m, :d, :t, :p, :ft, :a, :sid, :sn, :n, :pe, :h, :no, :u) returning id""")
                .param("j", t.jurisdictionId()).param("s", setting.name()).param("m", mode).param("d", c.attendedOn())
                .param("t", t.id()).param("p", t.path()).param("ft", c.fieldTeamId())
                .param("a", blankToNull(c.actorName()))
                .param("sid", c.serviceId()).param("sn", blankToNull(c.serviceName())).param("n", count)
                .param("pe", c.personId()).param("h", c.householdId()).param("no", blankToNull(c.notes()))
                .param("u", user.username()).query(Long.class).single();
        for (Long pid : participants) {
            jdbc.sql("insert into attention_participant (attention_id, person_id) values (:a, :p)").param("a", id)
                    .param("p", pid).update();
        }
        AttentionView v = get(id);
        audit.record("CREATE", "Attention", id, t.jurisdictionId(), "Atención " + mode.toLowerCase() + " en entorno "
                + setting.label() + " (" + t.name() + ")", null, v);
        return v;
    }

    AttentionView get(long id, CurrentUser user) {
        AttentionView v = get(id);
        TerritoryView t = territories.byId(v.territoryId()).orElseThrow();
        if (!territories.scopeOf(user, Capability.READ_PERSONAL_DATA).includes(t.jurisdictionId(), t.path())) {
            throw new ForbiddenException("La atención " + id + " está fuera de su alcance territorial.");
        }
        return v;
    }

    private AttentionView get(long id) {
        List<Long> participants = jdbc
                .sql("select person_id from attention_participant where attention_id = :a order by person_id")
                .param("a", id).query(Long.class).list();
        return jdbc.sql(
                "select a.*, t.name as territory_name from attention a join territory t on t.id = a.territory_id where a.id = :id")
                .param("id", id).query((rs, n) -> view(rs, participants)).optional()
                .orElseThrow(() -> new NotFoundException("La atención " + id + " no existe."));
    }

    private static AttentionView view(ResultSet rs, List<Long> participants) throws SQLException {
        return new AttentionView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("setting"),
                rs.getString("mode"),
                rs.getObject("attended_on", LocalDate.class), rs.getLong("territory_id"),
                rs.getString("territory_name"),
                (Long) rs.getObject("field_team_id"), rs.getString("actor_name"), (Long) rs.getObject("service_id"),
                rs.getString("service_name"), rs.getInt("participant_count"), (Long) rs.getObject("person_id"),
                (Long) rs.getObject("household_id"), participants, rs.getString("notes"), rs.getString("created_by"),
                rs.getInt("version"));
    }

    record Filter(Long jurisdictionId, String setting, Long territoryId, LocalDate from, LocalDate to) {
    }

    private String where(Filter f, CurrentUser user, Map<String, Object> params) {
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        StringBuilder w = new StringBuilder(" where a.territory_path like :scope");
        params.put("scope", scope.likePattern());
        Long j = scope.jurisdictionId() != null ? scope.jurisdictionId() : f.jurisdictionId();
        if (j != null) {
            w.append(" and a.jurisdiction_id = :j");
            params.put("j", j);
        }
        if (f.setting() != null && !f.setting().isBlank()) {
            Setting s = Setting.parse(f.setting());
            if (s == null) {
                throw new ValidationException("setting", "El entorno '" + f.setting() + "' no existe.");
            }
            w.append(" and a.setting = :s");
            params.put("s", s.name());
        }
        if (f.territoryId() != null) {
            TerritoryView t = territories.requireVisible(f.territoryId(), user);
            w.append(" and a.territory_path like :tp");
            params.put("tp", t.path() + "%");
        }
        if (f.from() != null) {
            w.append(" and a.attended_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            w.append(" and a.attended_on <= :to");
            params.put("to", f.to());
        }
        return w.toString();
    }

    PageResult<AttentionView> list(Filter f, CurrentUser user, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String w = where(f, user, params);
        long total = jdbc.sql("select count(*) from attention a" + w).params(params).query(Long.class).single();
        List<AttentionView> items = jdbc
                .sql("select a.*, t.name as territory_name from attention a join territory t on t.id = a.territory_id"
                        + w + " order by a.attended_on desc, a.id desc limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> view(rs, List.of())).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * Counts grouped by setting, by the territory at {@code level} (an ancestor of the attention's territory,
     * e.g. localidad) and by month. Territories are matched by path prefix, so a count stays bounded by the
     * number of groups.
     */
    List<Count> counts(Filter f, String level, CurrentUser user) {
        Map<String, Object> params = new LinkedHashMap<>();
        String w = where(f, user, params);
        String territoryExpr = "t.name";
        String join = " join territory t on t.id = a.territory_id";
        if (level != null && !level.isBlank()) {
            join = " left join lateral (select g.name from territory g join territory_level l on l.id = g.level_id"
                    + " where l.code = :level and g.jurisdiction_id = a.jurisdiction_id and a.territory_path like g.path || '%'"
                    + " limit 1) t on true";
            params.put("level", level);
            territoryExpr = "coalesce(t.name, '(otro nivel)')";
        }
        return jdbc
                .sql("select a.setting, " + territoryExpr
                        + " as territory, to_char(a.attended_on, 'YYYY-MM') as month, "
                        + "count(*) as n, sum(a.participant_count) as p from attention a" + join + w
                        + " group by 1, 2, 3 order by 3 desc, 1, 2 limit 5000")
                .params(params)
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    Jurisdiction jurisdiction(String code, CurrentUser user) {
        if (code == null || code.isBlank()) {
            if (user.jurisdictionId() == null) {
                throw new ValidationException("jurisdiction", "Indique la jurisdicción (por ejemplo 11001).");
            }
            return jurisdictions.byId(user.jurisdictionId()).orElseThrow();
        }
        return jurisdictions.requireVisible(code.strip(), user);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
