package org.minga.actor.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.internal.domain.AssetKind;
import org.minga.actor.internal.domain.AssetNature;
import org.minga.actor.internal.domain.Point;
import org.minga.actor.internal.domain.SocialAsset;
import org.minga.platform.AccessScope;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.LocatedTerritory;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryLocator;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and changes social assets (activos sociales, comunitarios e institucionales) of the territories: checks
 * the form (kind, nature, actor, where it is), lets {@link SocialAsset} take the description, saves and audits it.
 */
@Service
@RequiredArgsConstructor
public class SocialAssetService {

    private static final String STALE = "Otra persona modificó este activo mientras usted lo editaba. Recargue y vuelva a intentar.";

    static final String ENTITY = "social_asset";

    public record AssetView(long id, long jurisdictionId, String code, String name, AssetKind kind,
            AssetNature nature, String description, Long actorId, String actorName, Long territoryId,
            String territoryCode, String territoryName, String address, Double latitude, Double longitude,
            boolean active, int version) {
    }

    private final SocialAssetRepository repository;
    private final SocialAssetReadModel read;
    private final Validator validator;
    private final AuditLog audit;
    private final Territories territories;
    private final TerritoryLocator locator;
    private final ActorService actors;
    private final Labels labels;

    public Optional<AssetView> byId(long id) {
        return read.byId(id);
    }

    public AssetView requireVisible(long id, CurrentUser user) {
        AccessScope scope = territories.scopeOf(user);
        return byId(id).filter(a -> scope.includesOrAbove(a.jurisdictionId(),
                a.territoryId() == null ? null
                        : territories.byId(a.territoryId()).map(TerritoryView::path).orElse(null)))
                .orElseThrow(() -> new NotFoundException("No existe el activo social " + id + "."));
    }

    /** See {@link SocialAssetReadModel#all}. */
    public List<AssetView> all(long jurisdictionId, AccessScope scope) {
        return read.all(jurisdictionId, scope);
    }

    /** See {@link SocialAssetReadModel#list}. */
    public PageResult<AssetView> list(long jurisdictionId, TerritoryView territory, AccessScope scope, String query,
            boolean onlyWithPoint, PageRequest page) {
        return read.list(jurisdictionId, territory, scope, query, onlyWithPoint, page);
    }

    @Transactional
    public AssetView create(AssetForm form, CurrentUser user) {
        Jurisdiction j = actors.editable(form.jurisdiction(), user);
        Valid v = validate(form, j, user, null);
        long id = repository.save(new SocialAsset(j.id(), v.description(form), Instant.now())).id().value();
        AssetView created = byId(id).orElseThrow();
        audit.record("CREATE", ENTITY, id, j.id(), "Activo social " + created.name() + " registrado", null, created);
        return created;
    }

    @Transactional
    public AssetView update(long id, AssetForm form, CurrentUser user) {
        AssetView before = requireVisible(id, user);
        Jurisdiction j = actors.editable(before.jurisdictionId(), user);
        int version = Revisions.requireVersion(form.version());
        Valid v = validate(form, j, user, before);
        Revisions.revise(repository, id, version, asset -> asset.describe(v.description(form), Instant.now()), STALE);
        AssetView after = byId(id).orElseThrow();
        audit.record("UPDATE", ENTITY, id, j.id(), "Activo social " + after.name() + " modificado", before, after);
        return after;
    }

    boolean upsert(AssetForm form, Jurisdiction j, CurrentUser user) {
        Optional<Long> existing = read.idOf(j.id(), form.code());
        if (existing.isEmpty()) {
            create(form, user);
        } else {
            AssetView a = byId(existing.get()).orElseThrow();
            update(a.id(), new AssetForm(form.jurisdiction(), form.code(), form.name(), form.kind(), form.nature(),
                    form.description(), form.actor(), form.territory(), form.address(), form.latitude(),
                    form.longitude(), form.status(), a.version()), user);
        }
        return true;
    }

    /** A form's references, resolved. */
    record Valid(AssetKind kind, AssetNature nature, Long actorId, TerritoryView territory, boolean active) {

        SocialAsset.Description description(AssetForm f) {
            return new SocialAsset.Description(f.code(), f.name(), kind, nature, f.description(), actorId,
                    territory.id(), territory.path(), f.address(), new Point(f.latitude(), f.longitude()), active);
        }
    }

    Valid validate(AssetForm form, Jurisdiction j, CurrentUser user, AssetView existing) {
        List<FieldError> errors = Violations.of(validator, form);
        AssetKind kind = labels.parse(AssetKind.class, form.kind()).or(() -> AssetKind.shortForm(form.kind()))
                .orElse(null);
        if (kind == null) {
            errors.add(new FieldError("kind", "Indique la clase de activo: lugar, grupo, liderazgo o programa."));
        }
        AssetNature nature = labels.parse(AssetNature.class, form.nature()).orElse(null);
        if (nature == null) {
            errors.add(new FieldError("nature", "Indique si el activo es comunitario o institucional."));
        }
        Long actorId = actor(form, j, errors);
        Boolean active = ActorService.parseStatus(form.status());
        if (active == null) {
            errors.add(
                    new FieldError("status", "El estado '" + form.status() + "' no es válido: use activo o inactivo."));
        }
        TerritoryView territory = place(form, j, user, errors);
        if (form.code() != null && !form.code().isBlank()) {
            Optional<Long> same = read.idOf(j.id(), form.code());
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

    private Long actor(AssetForm form, Jurisdiction j, List<FieldError> errors) {
        if (form.actor() == null || form.actor().isBlank()) {
            return null;
        }
        Optional<ActorSummary> a = actors.byCode(j.id(), form.actor());
        if (a.isEmpty()) {
            errors.add(new FieldError("actor",
                    "No existe un actor con el código '" + form.actor().strip() + "' en " + j.name() + "."));
            return null;
        }
        return a.get().id();
    }

    /** Where the asset is: the territory its point falls in, else the one named by code. */
    private TerritoryView place(AssetForm form, Jurisdiction j, CurrentUser user, List<FieldError> errors) {
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
            territory = AllianceService.territoryInScope(territories, form.territory(), j, user, errors);
        }
        if (territory == null && errors.stream().noneMatch(e -> e.field().equals("territory"))) {
            errors.add(new FieldError("territory", form.latitude() != null
                    ? "El punto no cae en ningún territorio con geometría de su alcance; indique el código del territorio."
                    : "Indique el territorio (código) o la ubicación (latitud y longitud) del activo."));
        }
        return territory;
    }
}
