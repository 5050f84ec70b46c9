package org.minga.actor.internal;

import java.util.List;
import java.util.Optional;

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
import org.minga.territory.LocatedTerritory;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryLocator;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Social assets (activos sociales, comunitarios e institucionales) of the territories. */
@Service
public class SocialAssetService {

    static final String ENTITY = "social_asset";

    public enum Kind {
        PLACE("Lugar"), GROUP("Grupo"), LEADER("Liderazgo"), PROGRAMME("Programa");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record AssetView(long id, long jurisdictionId, String code, String name, Kind kind, String nature,
            String description, Long actorId, String actorName, Long territoryId, String territoryCode,
            String territoryName, String address, Double latitude, Double longitude, boolean active,
            int version) {

        public String natureLabel() {
            return "COMMUNITY".equals(nature) ? "Comunitario" : "Institucional";
        }
    }

    private static final String SELECT = """
            select s.*, a.name as actor_name, t.code as territory_code, t.name as territory_name
            from social_asset s left join actor a on a.id = s.actor_id left join territory t on t.id = s.territory_id
            """;

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final TerritoryLocator locator;
    private final ActorService actors;

    SocialAssetService(JdbcClient jdbc, Validator validator, AuditLog audit, Jurisdictions jurisdictions,
            Territories territories, TerritoryLocator locator, ActorService actors) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
        this.locator = locator;
        this.actors = actors;
    }

    public Optional<AssetView> byId(long id) {
        return jdbc.sql(SELECT + "where s.id = :id").param("id", id).query(SocialAssetService::map).optional();
    }

    public AssetView requireVisible(long id, CurrentUser user) {
        AccessScope scope = territories.scopeOf(user);
        return byId(id).filter(a -> scope.includesOrAbove(a.jurisdictionId(),
                a.territoryId() == null ? null
                        : territories.byId(a.territoryId()).map(TerritoryView::path).orElse(null)))
                .orElseThrow(() -> new NotFoundException("No existe el activo social " + id + "."));
    }

    /** Assets of a jurisdiction in a territory's subtree (or the user's scope), with a search. */
    public PageResult<AssetView> list(long jurisdictionId, TerritoryView territory, AccessScope scope, String query,
            boolean onlyWithPoint, PageRequest page) {
        String prefix = territory != null ? territory.path() + "%" : scope.narrowed() ? scope.likePattern() : null;
        String where = """
                where s.jurisdiction_id = :j
                  and (cast(:prefix as varchar) is null or s.territory_path like :prefix)
                  and (cast(:q as varchar) is null or s.search_key like '%' || :q || '%')
                  and (not :point or s.latitude is not null)
                """;
        String q = ActorService.blankToNull(TextKeys.key(query));
        long total = jdbc.sql("select count(*) from social_asset s " + where).param("j", jurisdictionId)
                .param("prefix", prefix).param("q", q).param("point", onlyWithPoint).query(Long.class).single();
        List<AssetView> items = jdbc.sql(SELECT + where + " order by s.name, s.id limit :l offset :o")
                .param("j", jurisdictionId).param("prefix", prefix).param("q", q).param("point", onlyWithPoint)
                .param("l", page.size()).param("o", page.offset()).query(SocialAssetService::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Transactional
    public AssetView create(AssetForm form, CurrentUser user) {
        Jurisdiction j = actors.jurisdiction(form.jurisdiction(), user);
        ActorService.requireEditor(user, j.id());
        Valid v = validate(form, j, user, null);
        long id = jdbc.sql("""
                insert into social_asset (jurisdiction_id, code, name, kind, nature, description, actor_id,
                  territory_id, territory_path, address, latitude, longitude, status, search_key)
                values (:j, :code, :name, :kind, :nature, :d, :actor, :t, :path, :address, :lat, :lon, :status, :key)
                returning id""")
                .param("j", j.id()).param("code", form.code().strip()).param("name", form.name().strip())
                .param("kind", v.kind().name()).param("nature", v.nature())
                .param("d", ActorService.blankToNull(form.description()))
                .param("actor", v.actorId()).param("t", v.territory() == null ? null : v.territory().id())
                .param("path", v.territory() == null ? null : v.territory().path())
                .param("address", ActorService.blankToNull(form.address())).param("lat", form.latitude())
                .param("lon", form.longitude()).param("status", v.active() ? "ACTIVE" : "INACTIVE")
                .param("key", key(form)).query(Long.class).single();
        AssetView created = byId(id).orElseThrow();
        audit.record("CREATE", ENTITY, id, j.id(), "Activo social " + created.name() + " registrado", null, created);
        return created;
    }

    @Transactional
    public AssetView update(long id, AssetForm form, CurrentUser user) {
        AssetView before = requireVisible(id, user);
        ActorService.requireEditor(user, before.jurisdictionId());
        if (form.version() == null) {
            throw new ValidationException("version", "Falta la versión del registro que editó; recargue la página.");
        }
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        Valid v = validate(form, j, user, before);
        int changed = jdbc.sql("""
                update social_asset set code = :code, name = :name, kind = :kind, nature = :nature, description = :d,
                  actor_id = :actor, territory_id = :t, territory_path = :path, address = :address, latitude = :lat,
                  longitude = :lon, status = :status, search_key = :key, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("code", form.code().strip()).param("name", form.name().strip())
                .param("kind", v.kind().name()).param("nature", v.nature())
                .param("d", ActorService.blankToNull(form.description()))
                .param("actor", v.actorId()).param("t", v.territory() == null ? null : v.territory().id())
                .param("path", v.territory() == null ? null : v.territory().path())
                .param("address", ActorService.blankToNull(form.address())).param("lat", form.latitude())
                .param("lon", form.longitude()).param("status", v.active() ? "ACTIVE" : "INACTIVE")
                .param("key", key(form)).param("id", id).param("version", form.version()).update();
        if (changed == 0) {
            throw new ConflictException(
                    "Otra persona modificó este activo mientras usted lo editaba. Recargue y vuelva a intentar.");
        }
        AssetView after = byId(id).orElseThrow();
        audit.record("UPDATE", ENTITY, id, j.id(), "Activo social " + after.name() + " modificado", before, after);
        return after;
    }

    boolean upsert(AssetForm form, Jurisdiction j, CurrentUser user) {
        Optional<Long> existing = jdbc
                .sql("select id from social_asset where jurisdiction_id = :j and lower(code) = lower(:c)")
                .param("j", j.id()).param("c", form.code().strip()).query(Long.class).optional();
        if (existing.isEmpty()) {
            create(form, user);
        } else {
            AssetView a = byId(existing.get()).orElseThrow();
            update(a.id(), new AssetForm(form.jurisdiction(), form.code(), form.name(), form.kind(), form.nature(),
                    form.description(), form.actor(), form.territory(), form.address(), form.latitude(),
                    form.longitude(),
                    form.status(), a.version()), user);
        }
        return true;
    }

    record Valid(Kind kind, String nature, Long actorId, TerritoryView territory, boolean active) {
    }

    Valid validate(AssetForm form, Jurisdiction j, CurrentUser user, AssetView existing) {
        List<FieldError> errors = Violations.of(validator, form);
        Kind kind = switch (TextKeys.key(form.kind() == null ? "" : form.kind())) {
            case "place", "lugar" -> Kind.PLACE;
            case "group", "grupo" -> Kind.GROUP;
            case "leader", "lider", "liderazgo" -> Kind.LEADER;
            case "programme", "program", "programa" -> Kind.PROGRAMME;
            default -> null;
        };
        if (kind == null) {
            errors.add(new FieldError("kind", "Indique la clase de activo: lugar, grupo, liderazgo o programa."));
        }
        String nature = switch (TextKeys.key(form.nature() == null ? "" : form.nature())) {
            case "community", "comunitario" -> "COMMUNITY";
            case "institutional", "institucional" -> "INSTITUTIONAL";
            default -> null;
        };
        if (nature == null) {
            errors.add(new FieldError("nature", "Indique si el activo es comunitario o institucional."));
        }
        Long actorId = null;
        if (form.actor() != null && !form.actor().isBlank()) {
            Optional<ActorSummary> a = actors.byCode(j.id(), form.actor());
            if (a.isEmpty()) {
                errors.add(new FieldError("actor",
                        "No existe un actor con el código '" + form.actor().strip() + "' en " + j.name() + "."));
            } else {
                actorId = a.get().id();
            }
        }
        Boolean active = ActorService.parseStatus(form.status());
        if (active == null) {
            errors.add(
                    new FieldError("status", "El estado '" + form.status() + "' no es válido: use activo o inactivo."));
        }
        TerritoryView territory = null;
        if ((form.latitude() == null) != (form.longitude() == null)) {
            errors.add(new FieldError("longitude", "Indique latitud y longitud juntas, o ninguna."));
        } else if (form.latitude() != null
                && errors.stream().noneMatch(e -> e.field().equals("latitude") || e.field().equals("longitude"))) {
            Optional<LocatedTerritory> located = locator.locate(form.latitude(), form.longitude(), j.id(), user);
            if (located.isPresent()) {
                territory = territories.byId(located.get().id()).orElseThrow();
            }
        }
        if (territory == null && form.territory() != null && !form.territory().isBlank()) {
            Optional<TerritoryView> t = territories.byCode(j.id(), form.territory().strip());
            if (t.isEmpty() || !territories.scopeOf(user).includes(t.get().jurisdictionId(), t.get().path())) {
                errors.add(new FieldError("territory", "No existe el territorio con código '" + form.territory().strip()
                        + "' en su alcance de " + j.name() + "."));
            } else {
                territory = t.get();
            }
        }
        if (territory == null && errors.stream().noneMatch(e -> e.field().equals("territory"))) {
            errors.add(new FieldError("territory", form.latitude() != null
                    ? "El punto no cae en ningún territorio con geometría de su alcance; indique el código del territorio."
                    : "Indique el territorio (código) o la ubicación (latitud y longitud) del activo."));
        }
        if (form.code() != null && !form.code().isBlank()) {
            Optional<Long> same = jdbc
                    .sql("select id from social_asset where jurisdiction_id = :j and lower(code) = lower(:c)")
                    .param("j", j.id()).param("c", form.code().strip()).query(Long.class).optional();
            if (same.isPresent() && (existing == null || same.get() != existing.id())) {
                errors.add(new FieldError("code",
                        "Ya existe un activo social con el código '" + form.code().strip() + "'."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Valid(kind, nature, actorId, territory, active);
    }

    private static String key(AssetForm form) {
        return TextKeys.key(form.name() + " " + form.code() + " " + (form.address() == null ? "" : form.address()));
    }

    static AssetView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AssetView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("name"),
                Kind.valueOf(rs.getString("kind")), rs.getString("nature"), rs.getString("description"),
                (Long) rs.getObject("actor_id"), rs.getString("actor_name"), (Long) rs.getObject("territory_id"),
                rs.getString("territory_code"), rs.getString("territory_name"), rs.getString("address"),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                "ACTIVE".equals(rs.getString("status")),
                rs.getInt("version"));
    }
}
