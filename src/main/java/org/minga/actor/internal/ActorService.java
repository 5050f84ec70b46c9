package org.minga.actor.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.minga.actor.ActorSummary;
import org.minga.actor.ActorType;
import org.minga.actor.Actors;
import org.minga.actor.Sector;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
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

/** Registers, changes and finds actors and their contact people. */
@Service
public class ActorService implements Actors {

    static final String ENTITY = "actor";

    static final String SELECT = """
            select a.id, a.uid, a.jurisdiction_id, a.code, a.name, a.acronym, a.type, a.parent_id, p.uid as parent_uid,
                   p.name as parent_name, a.sectors, a.description, a.website, a.email, a.phone, a.status, a.version,
                   a.updated_at
            from actor a left join actor p on p.id = a.parent_id
            """;

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;
    private final Territories territories;

    ActorService(JdbcClient jdbc, Validator validator, AuditLog audit, Jurisdictions jurisdictions,
            Territories territories) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
    }

    /** Roles that manage the territory (not read-only, not evaluators) register actors of their jurisdiction. */
    public static boolean canEdit(CurrentUser user, long jurisdictionId) {
        return AccessPolicy.reachesJurisdiction(user, Capability.MANAGE_ACTORS_AND_OFFER, jurisdictionId);
    }

    // ---- reads -------------------------------------------------------------------------------------

    @Override
    public Optional<ActorSummary> byId(long id) {
        return jdbc.sql(SELECT + "where a.id = :id").param("id", id).query(ActorService::map).optional();
    }

    @Override
    public Optional<ActorSummary> byUid(UUID uid) {
        return jdbc.sql(SELECT + "where a.uid = :uid").param("uid", uid).query(ActorService::map).optional();
    }

    @Override
    public Optional<ActorSummary> byCode(long jurisdictionId, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "where a.jurisdiction_id = :j and lower(a.code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code.strip()).query(ActorService::map).optional();
    }

    @Override
    public Map<Long, ActorSummary> byIds(Collection<Long> ids) {
        Map<Long, ActorSummary> m = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(SELECT + "where a.id in (:ids)").param("ids", ids).query(ActorService::map).list()
                    .forEach(a -> m.put(a.id(), a));
        }
        return m;
    }

    @Override
    public PageResult<ActorSummary> search(Long jurisdictionId, String query, PageRequest page) {
        return find(jurisdictionId, null, null, null, query, page);
    }

    /**
     * Actors of a jurisdiction filtered by type, sector and territory (acting in it, its subtree or an
     * ancestor, as the secretarías that act in the whole city) and a search ignoring case and accents.
     */
    public PageResult<ActorSummary> find(Long jurisdictionId, ActorType type, Sector sector, TerritoryView territory,
            String query, PageRequest page) {
        String key = TextKeys.key(query);
        String where = """
                where (cast(:j as bigint) is null or a.jurisdiction_id = :j)
                  and (cast(:type as varchar) is null or a.type = :type)
                  and (cast(:sector as varchar) is null or a.sectors @> array[cast(:sector as varchar)])
                  and (cast(:q as varchar) is null or a.search_key like '%' || :q || '%')
                  and (cast(:prefix as varchar) is null or exists (select 1 from actor_territory at
                        where at.actor_id = a.id and (at.territory_path like :prefix or :path like at.territory_path || '%')))
                """;
        String prefix = territory == null ? null : territory.path() + "%";
        String path = territory == null ? null : territory.path();
        long total = jdbc.sql("select count(*) from actor a " + where)
                .param("j", jurisdictionId).param("type", type == null ? null : type.name())
                .param("sector", sector == null ? null : sector.name()).param("q", blankToNull(key))
                .param("prefix", prefix).param("path", path).query(Long.class).single();
        List<ActorSummary> items = jdbc.sql(SELECT.replace("from actor a left join actor p on p.id = a.parent_id",
                "from actor a left join actor p on p.id = a.parent_id ") + where
                + " order by a.name, a.id limit :limit offset :offset")
                .param("j", jurisdictionId).param("type", type == null ? null : type.name())
                .param("sector", sector == null ? null : sector.name()).param("q", blankToNull(key))
                .param("prefix", prefix).param("path", path)
                .param("limit", page.size()).param("offset", page.offset())
                .query(ActorService::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The actor when its jurisdiction is in the user's scope; otherwise not found. */
    public ActorSummary requireVisible(long id, CurrentUser user) {
        return byId(id).filter(
                a -> AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, a.jurisdictionId()))
                .orElseThrow(() -> new NotFoundException("No existe el actor " + id + "."));
    }

    public ActorDetail detail(long id, CurrentUser user) {
        ActorSummary a = requireVisible(id, user);
        List<ActorDetail.TerritoryRef> where = jdbc.sql("""
                select t.id, t.code, t.name, l.name as level_name from actor_territory at
                join territory t on t.id = at.territory_id join territory_level l on l.id = t.level_id
                where at.actor_id = :id order by t.path""")
                .param("id", id).query((rs, n) -> new ActorDetail.TerritoryRef(rs.getLong("id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("level_name")))
                .list();
        List<ActorDetail.AllianceLine> alliances = jdbc
                .sql("""
                        select al.id, al.name, m.contribution, al.status from alliance_member m
                        join alliance al on al.id = m.alliance_id where m.actor_id = :id order by al.start_date desc, al.name""")
                .param("id", id).query((rs, n) -> new ActorDetail.AllianceLine(rs.getLong("id"), rs.getString("name"),
                        rs.getString("contribution"), rs.getString("status")))
                .list();
        List<ActorDetail.AssetLine> assets = jdbc.sql(
                "select id, name, kind from social_asset where actor_id = :id order by name limit 200")
                .param("id", id).query((rs, n) -> new ActorDetail.AssetLine(rs.getLong("id"), rs.getString("name"),
                        rs.getString("kind")))
                .list();
        List<ActorDetail.ActorLine> children = jdbc
                .sql("select id, name from actor where parent_id = :id order by name limit 200")
                .param("id", id).query((rs, n) -> new ActorDetail.ActorLine(rs.getLong("id"), rs.getString("name")))
                .list();
        return new ActorDetail(a, where, alliances, assets, children);
    }

    /** Territory codes where the actor acts, for forms and exports. */
    public List<String> territoryCodes(long actorId) {
        return jdbc.sql("""
                select t.code from actor_territory at join territory t on t.id = at.territory_id
                where at.actor_id = :id order by t.path""").param("id", actorId).query(String.class).list();
    }

    // ---- writes ------------------------------------------------------------------------------------

    @Transactional
    public ActorSummary create(ActorForm form, CurrentUser user) {
        Jurisdiction j = jurisdiction(form.jurisdiction(), user);
        requireEditor(user, j.id());
        Valid v = validate(form, j, user, null);
        long id = jdbc.sql("""
                insert into actor (jurisdiction_id, code, name, acronym, type, parent_id, sectors, description,
                  website, email, phone, status, search_key)
                values (:j, :code, :name, :acronym, :type, :parent, :sectors, :description, :website, :email,
                  :phone, :status, :key) returning id""")
                .param("j", j.id()).params(values(form, v)).query(Long.class).single();
        setTerritories(id, v.territories());
        ActorSummary created = byId(id).orElseThrow();
        audit.record("CREATE", ENTITY, id, j.id(), "Actor " + created.name() + " registrado", null,
                snapshot(created, v.territories()));
        return created;
    }

    @Transactional
    public ActorSummary update(long id, ActorForm form, CurrentUser user) {
        ActorSummary before = requireVisible(id, user);
        requireEditor(user, before.jurisdictionId());
        requireScopeCovers(user, id);
        if (form.version() == null) {
            throw new ValidationException("version", "Falta la versión del registro que editó; recargue la página.");
        }
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        List<String> beforeTerritories = territoryCodes(id);
        Valid v = validate(form, j, user, before);
        Map<String, Object> params = values(form, v);
        params.put("id", id);
        params.put("version", form.version());
        int changed = jdbc.sql("""
                update actor set code = :code, name = :name, acronym = :acronym, type = :type, parent_id = :parent,
                  sectors = :sectors, description = :description, website = :website, email = :email,
                  phone = :phone, status = :status, search_key = :key, version = version + 1, updated_at = now()
                where id = :id and version = :version""").params(params).update();
        if (changed == 0) {
            throw new ConflictException(
                    "Otra persona modificó este actor mientras usted lo editaba. Recargue y vuelva a intentar.");
        }
        setTerritories(id, v.territories());
        ActorSummary after = byId(id).orElseThrow();
        audit.record("UPDATE", ENTITY, id, j.id(), "Actor " + after.name() + " modificado",
                new Snapshot(before, beforeTerritories), snapshot(after, v.territories()));
        return after;
    }

    /** Creates or updates by code, for the import (rows already validated, user authorised). */
    boolean upsert(ActorForm form, Jurisdiction j, CurrentUser user) {
        Optional<ActorSummary> existing = byCode(j.id(), form.code());
        if (existing.isEmpty()) {
            create(form, user);
            return true;
        }
        ActorForm withVersion = new ActorForm(form.jurisdiction(), form.code(), form.name(), form.acronym(),
                form.type(),
                form.parent(), form.sectors(), form.territories(), form.description(), form.website(), form.email(),
                form.phone(), form.status(), existing.get().version());
        update(existing.get().id(), withVersion, user);
        return true;
    }

    record Valid(ActorType type, Long parentId, List<Sector> sectors, List<TerritoryView> territories, boolean active) {
    }

    /** Checks a form without storing anything; every problem is reported with its field. */
    Valid validate(ActorForm form, Jurisdiction j, CurrentUser user, ActorSummary existing) {
        List<FieldError> errors = Violations.of(validator, form);
        Optional<ActorType> type = ActorType.parse(form.type());
        if (type.isEmpty()) {
            errors.add(new FieldError("type", form.type() == null || form.type().isBlank()
                    ? "El tipo de actor es obligatorio."
                    : "El tipo de actor '" + form.type() + "' no existe; use uno de: " + ActorType.allowed() + "."));
        }
        List<Sector> sectors = new ArrayList<>();
        for (String s : splitAll(form.sectors())) {
            Optional<Sector> sector = Sector.parse(s);
            if (sector.isEmpty()) {
                errors.add(new FieldError("sectors",
                        "El sector '" + s + "' no existe; use uno de: " + Sector.allowed() + "."));
            } else if (!sectors.contains(sector.get())) {
                sectors.add(sector.get());
            }
        }
        if (sectors.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("sectors"))) {
            errors.add(
                    new FieldError("sectors", "Indique al menos un sector (salud, educación, bienestar social...)."));
        }
        Long parentId = null;
        if (form.parent() != null && !form.parent().isBlank()) {
            Optional<ActorSummary> parent = byCode(j.id(), form.parent());
            if (parent.isEmpty()) {
                errors.add(new FieldError("parent", "No existe un actor con el código '" + form.parent().strip()
                        + "' en " + j.name() + " para ser la entidad superior."));
            } else if (existing != null && createsCycle(existing.id(), parent.get().id())) {
                errors.add(new FieldError("parent",
                        "La entidad superior no puede ser el mismo actor ni una de sus dependencias."));
            } else {
                parentId = parent.get().id();
            }
        }
        List<TerritoryView> where = new ArrayList<>();
        for (String code : splitAll(form.territories())) {
            Optional<TerritoryView> t = territories.byCode(j.id(), code);
            if (t.isEmpty()) {
                errors.add(new FieldError("territories",
                        "No existe el territorio con código '" + code + "' en " + j.name() + "."));
            } else if (!territories.scopeOf(user).includes(t.get().jurisdictionId(), t.get().path())) {
                errors.add(new FieldError("territories",
                        "El territorio " + t.get().label() + " está fuera de su alcance."));
            } else if (where.stream().noneMatch(x -> x.id() == t.get().id())) {
                where.add(t.get());
            }
        }
        if (where.isEmpty() && territories.scopeOf(user).narrowed()
                && errors.stream().noneMatch(e -> e.field().equals("territories"))) {
            errors.add(new FieldError("territories",
                    "Indique al menos un territorio de su alcance donde actúa el actor."));
        }
        Boolean active = parseStatus(form.status());
        if (active == null) {
            errors.add(
                    new FieldError("status", "El estado '" + form.status() + "' no es válido: use activo o inactivo."));
        }
        if (form.code() != null && !form.code().isBlank()) {
            Optional<ActorSummary> same = byCode(j.id(), form.code());
            if (same.isPresent() && (existing == null || same.get().id() != existing.id())) {
                errors.add(new FieldError("code",
                        "Ya existe un actor con el código '" + form.code().strip() + "' en " + j.name() + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Valid(type.get(), parentId, sectors, where, active);
    }

    private boolean createsCycle(long actorId, long parentId) {
        Long current = parentId;
        for (int i = 0; current != null && i < 50; i++) {
            if (current == actorId) {
                return true;
            }
            current = jdbc.sql("select parent_id from actor where id = :id").param("id", current)
                    .query((rs, n) -> (Long) rs.getObject("parent_id")).optional().orElse(null);
        }
        return false;
    }

    private Map<String, Object> values(ActorForm form, Valid v) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", form.code().strip());
        m.put("name", form.name().strip());
        m.put("acronym", blankToNull(form.acronym()));
        m.put("type", v.type().name());
        m.put("parent", v.parentId());
        m.put("sectors", v.sectors().stream().map(Enum::name).toArray(String[]::new));
        m.put("description", blankToNull(form.description()));
        m.put("website", blankToNull(form.website()));
        m.put("email", blankToNull(form.email()));
        m.put("phone", blankToNull(form.phone()));
        m.put("status", v.active() ? "ACTIVE" : "INACTIVE");
        m.put("key", TextKeys.key(String.join(" ", form.name(), nullToEmpty(form.acronym()), form.code(),
                v.type().label())));
        return m;
    }

    private void setTerritories(long actorId, List<TerritoryView> where) {
        jdbc.sql("delete from actor_territory where actor_id = :id").param("id", actorId).update();
        for (TerritoryView t : where) {
            jdbc.sql("insert into actor_territory (actor_id, territory_id, territory_path) values (:a, :t, :p)")
                    .param("a", actorId).param("t", t.id()).param("p", t.path()).update();
        }
    }

    /** A user limited to a subtree changes only actors acting entirely inside it. */
    void requireScopeCovers(CurrentUser user, long actorId) {
        AccessScope scope = territories.scopeOf(user);
        if (!scope.narrowed()) {
            return;
        }
        boolean outside = jdbc
                .sql("""
                        select not exists (select 1 from actor_territory where actor_id = :id)
                            or exists (select 1 from actor_territory where actor_id = :id and territory_path not like :prefix)""")
                .param("id", actorId).param("prefix", scope.likePattern()).query(Boolean.class).single();
        if (outside) {
            throw new ForbiddenException(
                    "Este actor actúa fuera de su territorio; solo lo modifica un usuario con alcance sobre todos sus territorios.");
        }
    }

    // ---- contact people ----------------------------------------------------------------------------

    /** The contact people of an actor, for signed-in users of its jurisdiction; each read is recorded. */
    @Transactional
    public List<ContactView> contacts(long actorId, CurrentUser user) {
        ActorSummary a = requireVisible(actorId, user);
        List<ContactView> list = jdbc
                .sql("""
                        select id, actor_id, full_name, position, email, phone, authorized_by, authorized_at,
                          authorization_purpose, authorization_channel from actor_contact where actor_id = :a order by full_name""")
                .param("a", actorId).query((rs, n) -> new ContactView(rs.getLong("id"), rs.getLong("actor_id"),
                        rs.getString("full_name"), rs.getString("position"), rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("authorized_by"), rs.getObject("authorized_at", java.time.LocalDate.class),
                        rs.getString("authorization_purpose"), rs.getString("authorization_channel")))
                .list();
        if (!list.isEmpty()) {
            audit.record("READ_PERSONAL_DATA", "actor_contact", null, a.jurisdictionId(),
                    "Consulta de " + list.size() + " persona(s) de contacto de " + a.name() + " por " + user.username(),
                    null, null);
        }
        return list;
    }

    @Transactional
    public ContactView addContact(long actorId, ContactForm form, CurrentUser user) {
        ActorSummary a = requireVisible(actorId, user);
        requireEditor(user, a.jurisdictionId());
        List<FieldError> errors = Violations.of(validator, form);
        if (form.email() == null && form.phone() == null && errors.isEmpty()) {
            errors.add(new FieldError("email", "Indique un correo o un teléfono de la persona de contacto."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into actor_contact (actor_id, jurisdiction_id, full_name, position, email, phone, authorized_by,
                  authorized_at, authorization_purpose, authorization_channel, recorded_by)
                values (:a, :j, :n, :p, :e, :ph, :by, :at, :purpose, :channel, :user) returning id""")
                .param("a", actorId).param("j", a.jurisdictionId()).param("n", form.fullName().strip())
                .param("p", blankToNull(form.position())).param("e", blankToNull(form.email()))
                .param("ph", blankToNull(form.phone())).param("by", form.authorizedBy().strip())
                .param("at", form.authorizedAt()).param("purpose", form.authorizationPurpose().strip())
                .param("channel", form.authorizationChannel().strip()).param("user", user.id())
                .query(Long.class).single();
        // the audit keeps the authorization, not the person's data
        audit.record("CREATE", "actor_contact", id, a.jurisdictionId(), "Persona de contacto registrada en " + a.name()
                + " con autorización del " + form.authorizedAt() + " (" + form.authorizationChannel().strip() + ")",
                null, Map.of("actorId", actorId, "authorizedAt", form.authorizedAt().toString(),
                        "purpose", form.authorizationPurpose().strip()));
        return contacts(actorId, user).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** Deletes a contact person (supresión, when the person asks or the relation ends). */
    @Transactional
    public void removeContact(long actorId, long contactId, CurrentUser user) {
        ActorSummary a = requireVisible(actorId, user);
        requireEditor(user, a.jurisdictionId());
        int n = jdbc.sql("delete from actor_contact where id = :id and actor_id = :a").param("id", contactId)
                .param("a", actorId).update();
        if (n == 0) {
            throw new NotFoundException("No existe la persona de contacto " + contactId + ".");
        }
        audit.record("DELETE", "actor_contact", contactId, a.jurisdictionId(),
                "Persona de contacto suprimida de " + a.name(), null, null);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    Jurisdiction jurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }

    static void requireEditor(CurrentUser user, long jurisdictionId) {
        if (!canEdit(user, jurisdictionId)) {
            throw new ForbiddenException(
                    "Su rol (" + user.role().label() + ") no registra ni modifica actores de esta jurisdicción.");
        }
    }

    static Boolean parseStatus(String s) {
        if (s == null || s.isBlank()) {
            return true;
        }
        String k = TextKeys.key(s);
        if (k.equals("active") || k.equals("activo") || k.equals("activa")) {
            return true;
        }
        if (k.equals("inactive") || k.equals("inactivo") || k.equals("inactiva")) {
            return false;
        }
        return null;
    }

    /** Values that may come as one comma- or semicolon-separated text or as a list. */
    static List<String> splitAll(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null) {
                Arrays.stream(v.split("[,;|]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
            }
        }
        return new ArrayList<>(out);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    record Snapshot(ActorSummary actor, List<String> territories) {
    }

    private static Snapshot snapshot(ActorSummary a, List<TerritoryView> where) {
        return new Snapshot(a, where.stream().map(TerritoryView::code).toList());
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }

    static ActorSummary map(ResultSet rs, int n) throws SQLException {
        List<Sector> sectors = strings(rs.getArray("sectors")).stream().map(Sector::valueOf).toList();
        Timestamp updated = rs.getTimestamp("updated_at");
        return new ActorSummary(rs.getLong("id"), rs.getObject("uid", UUID.class), rs.getLong("jurisdiction_id"),
                rs.getString("code"), rs.getString("name"), rs.getString("acronym"),
                ActorType.valueOf(rs.getString("type")),
                (Long) rs.getObject("parent_id"), rs.getObject("parent_uid", UUID.class), rs.getString("parent_name"),
                sectors, rs.getString("description"), rs.getString("website"), rs.getString("email"),
                rs.getString("phone"), "ACTIVE".equals(rs.getString("status")), rs.getInt("version"),
                updated == null ? null : updated.toInstant());
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
