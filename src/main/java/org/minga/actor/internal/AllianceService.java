package org.minga.actor.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import org.minga.actor.ActorSummary;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alliances between actors: who, for what, when, and what each one contributes. */
@Service
public class AllianceService {

    static final String ENTITY = "alliance";

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final ActorService actors;

    AllianceService(JdbcClient jdbc, Validator validator, AuditLog audit, Jurisdictions jurisdictions,
            Territories territories, ActorService actors) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
        this.actors = actors;
    }

    public record AllianceView(long id, long jurisdictionId, String code, String name, String purpose, String scope,
            String scopeLabel, Long territoryId, String territoryName, LocalDate startDate,
            LocalDate endDate, String status, List<MemberView> members, int version) {
    }

    public record MemberView(long actorId, String actorCode, String actorName, String contribution) {
    }

    public Optional<AllianceView> byId(long id) {
        return jdbc.sql("""
                select a.*, t.name as territory_name from alliance a left join territory t on t.id = a.territory_id
                where a.id = :id""").param("id", id)
                .query((rs, n) -> new AllianceView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                        rs.getString("code"),
                        rs.getString("name"), rs.getString("purpose"), rs.getString("scope"),
                        "INTERNAL".equals(rs.getString("scope")) ? "Interna" : "Externa",
                        (Long) rs.getObject("territory_id"), rs.getString("territory_name"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getString("status"), List.of(), rs.getInt("version")))
                .optional()
                .map(a -> new AllianceView(a.id(), a.jurisdictionId(), a.code(), a.name(), a.purpose(), a.scope(),
                        a.scopeLabel(), a.territoryId(), a.territoryName(), a.startDate(), a.endDate(), a.status(),
                        members(a.id()), a.version()));
    }

    List<MemberView> members(long allianceId) {
        return jdbc
                .sql("""
                        select m.actor_id, a.code, a.name, m.contribution from alliance_member m join actor a on a.id = m.actor_id
                        where m.alliance_id = :id order by a.name""")
                .param("id", allianceId)
                .query((rs, n) -> new MemberView(rs.getLong("actor_id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("contribution")))
                .list();
    }

    public AllianceView requireVisible(long id, CurrentUser user) {
        AccessScope scope = territories.scopeOf(user);
        return byId(id).filter(a -> scope.includesOrAbove(a.jurisdictionId(), pathOf(a)))
                .orElseThrow(() -> new NotFoundException("No existe la alianza " + id + "."));
    }

    private String pathOf(AllianceView a) {
        return a.territoryId() == null ? null : territories.byId(a.territoryId()).map(TerritoryView::path).orElse(null);
    }

    /** Alliances of the user's subtree, of the territories above it and of the whole jurisdiction. */
    public PageResult<AllianceView> list(long jurisdictionId, String query, AccessScope scope, PageRequest page) {
        String key = ActorService.blankToNull(TextKeys.key(query));
        String where = """
                from alliance a where a.jurisdiction_id = :j
                  and (a.territory_path is null or cast(:prefix as varchar) is null
                       or a.territory_path like :prefix || '%' or :prefix like a.territory_path || '%')
                  and (cast(:q as varchar) is null or lower(a.name) like '%' || :q || '%' or lower(a.code) like '%' || :q || '%')""";
        String prefix = scope.prefixOrNull();
        if (!scope.includesJurisdiction(jurisdictionId)) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        long total = jdbc.sql("select count(*) " + where).param("j", jurisdictionId).param("q", key)
                .param("prefix", prefix).query(Long.class).single();
        List<Long> ids = jdbc.sql("select a.id " + where + " order by a.start_date desc, a.name limit :l offset :o")
                .param("j", jurisdictionId).param("q", key).param("prefix", prefix).param("l", page.size())
                .param("o", page.offset()).query(Long.class).list();
        return new PageResult<>(ids.stream().map(id -> byId(id).orElseThrow()).toList(), page.page(), page.size(),
                total);
    }

    @Transactional
    public AllianceView create(AllianceForm form, CurrentUser user) {
        Jurisdiction j = actors.jurisdiction(form.jurisdiction(), user);
        ActorService.requireEditor(user, j.id());
        Valid v = validate(form, j, user, null);
        long id = jdbc.sql("""
                insert into alliance (jurisdiction_id, code, name, purpose, scope, territory_id, territory_path,
                  start_date, end_date, status)
                values (:j, :code, :name, :purpose, :scope, :t, :path, :start, :end, :status) returning id""")
                .param("j", j.id()).param("code", form.code().strip()).param("name", form.name().strip())
                .param("purpose", form.purpose().strip()).param("scope", v.scope())
                .param("t", v.territory() == null ? null : v.territory().id())
                .param("path", v.territory() == null ? null : v.territory().path())
                .param("start", form.startDate()).param("end", form.endDate()).param("status", v.status())
                .query(Long.class).single();
        setMembers(id, v.members());
        AllianceView created = byId(id).orElseThrow();
        audit.record("CREATE", ENTITY, id, j.id(), "Alianza " + created.name() + " registrada", null, created);
        return created;
    }

    @Transactional
    public AllianceView update(long id, AllianceForm form, CurrentUser user) {
        AllianceView before = requireVisible(id, user);
        ActorService.requireEditor(user, before.jurisdictionId());
        if (form.version() == null) {
            throw new ValidationException("version", "Falta la versión del registro que editó; recargue la página.");
        }
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        Valid v = validate(form, j, user, before);
        int changed = jdbc.sql("""
                update alliance set code = :code, name = :name, purpose = :purpose, scope = :scope, territory_id = :t,
                  territory_path = :path, start_date = :start, end_date = :end, status = :status,
                  version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("code", form.code().strip()).param("name", form.name().strip())
                .param("purpose", form.purpose().strip()).param("scope", v.scope())
                .param("t", v.territory() == null ? null : v.territory().id())
                .param("path", v.territory() == null ? null : v.territory().path())
                .param("start", form.startDate()).param("end", form.endDate()).param("status", v.status())
                .param("id", id).param("version", form.version()).update();
        if (changed == 0) {
            throw new ConflictException(
                    "Otra persona modificó esta alianza mientras usted la editaba. Recargue y vuelva a intentar.");
        }
        setMembers(id, v.members());
        AllianceView after = byId(id).orElseThrow();
        audit.record("UPDATE", ENTITY, id, j.id(), "Alianza " + after.name() + " modificada", before, after);
        return after;
    }

    boolean upsert(AllianceForm form, Jurisdiction j, CurrentUser user) {
        Optional<Long> existing = jdbc
                .sql("select id from alliance where jurisdiction_id = :j and lower(code) = lower(:c)")
                .param("j", j.id()).param("c", form.code().strip()).query(Long.class).optional();
        if (existing.isEmpty()) {
            create(form, user);
        } else {
            AllianceView a = byId(existing.get()).orElseThrow();
            update(a.id(), new AllianceForm(form.jurisdiction(), form.code(), form.name(), form.purpose(), form.scope(),
                    form.territory(), form.startDate(), form.endDate(), form.status(), form.members(), a.version()),
                    user);
        }
        return true;
    }

    record Valid(String scope, TerritoryView territory, String status, List<Resolved> members) {
    }

    record Resolved(long actorId, String contribution) {
    }

    Valid validate(AllianceForm form, Jurisdiction j, CurrentUser user, AllianceView existing) {
        List<FieldError> errors = Violations.of(validator, form);
        String scope = switch (TextKeys.key(form.scope() == null ? "" : form.scope())) {
            case "internal", "interna" -> "INTERNAL";
            case "external", "externa" -> "EXTERNAL";
            default -> null;
        };
        if (scope == null) {
            errors.add(new FieldError("scope", "Indique si la alianza es interna (entre dependencias) o externa."));
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            errors.add(new FieldError("endDate", "La fecha de fin no puede ser anterior a la de inicio."));
        }
        String status = switch (TextKeys
                .key(form.status() == null || form.status().isBlank() ? "activa" : form.status())) {
            case "active", "activa" -> "ACTIVE";
            case "finished", "finalizada", "terminada" -> "FINISHED";
            case "suspended", "suspendida" -> "SUSPENDED";
            default -> null;
        };
        if (status == null) {
            errors.add(new FieldError("status",
                    "El estado '" + form.status() + "' no es válido: use activa, finalizada o suspendida."));
        }
        TerritoryView territory = null;
        if (form.territory() != null && !form.territory().isBlank()) {
            Optional<TerritoryView> t = territories.byCode(j.id(), form.territory().strip());
            if (t.isEmpty() || !territories.scopeOf(user).includes(t.get().jurisdictionId(), t.get().path())) {
                errors.add(new FieldError("territory", "No existe el territorio con código '" + form.territory().strip()
                        + "' en su alcance de " + j.name() + "."));
            } else {
                territory = t.get();
            }
        }
        List<Resolved> members = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (AllianceForm.Member m : form.members()) {
            if (m == null || m.actor() == null || m.actor().isBlank()) {
                continue;
            }
            Optional<ActorSummary> a = actors.byCode(j.id(), m.actor());
            if (a.isEmpty()) {
                errors.add(new FieldError("members",
                        "No existe un actor con el código '" + m.actor().strip() + "' en " + j.name() + "."));
            } else if (seen.add(a.get().id())) {
                if (m.contribution() != null && m.contribution().length() > 1000) {
                    errors.add(new FieldError("members",
                            "El aporte de " + a.get().name() + " admite máximo 1000 caracteres."));
                }
                members.add(new Resolved(a.get().id(), ActorService.blankToNull(m.contribution())));
            }
        }
        if (members.size() < 2 && errors.stream().noneMatch(e -> e.field().equals("members"))) {
            errors.add(new FieldError("members", "Una alianza reúne al menos dos actores distintos."));
        }
        if (form.code() != null && !form.code().isBlank()) {
            Optional<Long> same = jdbc
                    .sql("select id from alliance where jurisdiction_id = :j and lower(code) = lower(:c)")
                    .param("j", j.id()).param("c", form.code().strip()).query(Long.class).optional();
            if (same.isPresent() && (existing == null || same.get() != existing.id())) {
                errors.add(
                        new FieldError("code", "Ya existe una alianza con el código '" + form.code().strip() + "'."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Valid(scope, territory, status, members);
    }

    private void setMembers(long allianceId, List<Resolved> members) {
        jdbc.sql("delete from alliance_member where alliance_id = :id").param("id", allianceId).update();
        for (Resolved m : members) {
            jdbc.sql("insert into alliance_member (alliance_id, actor_id, contribution) values (:a, :actor, :c)")
                    .param("a", allianceId).param("actor", m.actorId()).param("c", m.contribution()).update();
        }
    }
}
