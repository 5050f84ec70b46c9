package org.minga.territory.internal.tree;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.NewTerritory;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryChange;
import org.minga.territory.TerritoryLevelView;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class TerritoryTreeService implements TerritoryTree {

    private final TerritoryTreeReadModel reads;
    private final Territories territories;
    private final TerritoryRepository store;
    private final TerritoryLevelRepository levelRepository;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Validator validator;

    @Override
    public List<TerritoryLevelView> levels(long jurisdictionId) {
        return reads.levels(jurisdictionId);
    }

    @Override
    public Optional<TerritoryLevelView> level(long jurisdictionId, String code) {
        return reads.level(jurisdictionId, code);
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<TerritoryView> search(CurrentUser user, TerritorySearch search, PageRequest page) {
        AccessScope scope = territories.scopeOf(user);
        if (!scope.includesJurisdiction(search.jurisdictionId())) {
            throw new NotFoundException("No existe la jurisdicción en su alcance.");
        }
        StringBuilder where = new StringBuilder(" where t.jurisdiction_id = :j and t.path like :scope");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("j", search.jurisdictionId());
        params.put("scope", scope.likePattern());
        if (search.levelCode() != null && !search.levelCode().isBlank()) {
            if (level(search.jurisdictionId(), search.levelCode()).isEmpty()) {
                throw new ValidationException("level",
                        "El nivel '" + search.levelCode() + "' no existe en la jurisdicción.");
            }
            where.append(" and l.code = :level");
            params.put("level", search.levelCode());
        }
        if (search.parentId() != null) {
            TerritoryView parent = territories.byId(search.parentId())
                    .filter(p -> p.jurisdictionId() == search.jurisdictionId())
                    .orElseThrow(() -> new ValidationException("parent", "El territorio padre no existe."));
            if (search.subtree()) {
                where.append(" and t.path like :parentPath and t.id <> :parent");
                params.put("parentPath", parent.path() + "%");
            } else {
                where.append(" and t.parent_id = :parent");
            }
            params.put("parent", parent.id());
        }
        String q = TextKeys.key(search.query());
        if (q != null && !q.isEmpty()) {
            where.append(" and t.name_key like :q");
            params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return reads.page(where.toString(), params, page);
    }

    @Override
    public List<TerritoryView> roots(CurrentUser user, long jurisdictionId) {
        AccessScope scope = territories.scopeOf(user);
        if (!scope.includesJurisdiction(jurisdictionId)) {
            return List.of();
        }
        if (scope.narrowed()) {
            // entity staff have a scope with no territory ("/none/"): no roots, rather than a null id
            return user.territoryId() == null ? List.of()
                    : territories.byId(user.territoryId()).map(List::of).orElse(List.of());
        }
        return reads.roots(jurisdictionId);
    }

    @Override
    public List<TerritoryView> children(CurrentUser user, long parentId) {
        TerritoryView parent = territories.requireVisible(parentId, user);
        return reads.children(parent.id());
    }

    @Override
    public List<TerritoryView> ancestry(CurrentUser user, long id) {
        TerritoryView t = territories.requireVisible(id, user);
        AccessScope scope = territories.scopeOf(user);
        List<Long> ids = new ArrayList<>();
        for (String part : t.path().split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return reads.byDepth(ids)
                .stream().filter(a -> scope.includes(a.jurisdictionId(), a.path())).toList();
    }

    @Override
    @Transactional
    public TerritoryView create(CurrentUser user, NewTerritory command) {
        requireManager(user);
        List<FieldError> errors = violations(command);
        AccessScope scope = territories.scopeOf(user);
        if (command.jurisdictionId() != null && !scope.includesJurisdiction(command.jurisdictionId())) {
            throw new NotFoundException("No existe la jurisdicción en su alcance.");
        }
        TerritoryLevelView level = null;
        if (command.jurisdictionId() != null && command.levelCode() != null) {
            level = level(command.jurisdictionId(), command.levelCode()).orElse(null);
            if (level == null) {
                errors.add(new FieldError("levelCode",
                        "El nivel '" + command.levelCode() + "' no existe en la jurisdicción."));
            }
        }
        TerritoryView parent = null;
        if (command.parentId() != null) {
            parent = territories.byId(command.parentId()).filter(t -> scope.includes(t.jurisdictionId(), t.path()))
                    .orElse(null);
            if (parent == null || parent.jurisdictionId() != command.jurisdictionId()) {
                errors.add(new FieldError("parentId", "El territorio padre no existe en su alcance."));
                parent = null;
            }
        } else if (scope.narrowed()) {
            errors.add(new FieldError("parentId", "Debe elegir un territorio padre dentro de su territorio."));
        }
        if (level != null) {
            errors.addAll(TerritoryRules.parentFits(level, parent));
        }
        if (command.code() != null && command.jurisdictionId() != null
                && territories.byCode(command.jurisdictionId(), command.code()).isPresent()) {
            errors.add(new FieldError("code", "Ya existe un territorio con el código " + command.code().trim() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = store.insert(command.jurisdictionId(), level.id(), parent, command.code().trim(),
                command.name().trim(),
                command.areaType(), command.population());
        TerritoryView created = territories.byId(id).orElseThrow();
        audit.record("CREATE", "territory", id, created.jurisdictionId(), "Territorio " + created.label() + " creado",
                null, created);
        return created;
    }

    @Override
    @Transactional
    public TerritoryView change(CurrentUser user, long id, TerritoryChange command) {
        requireManager(user);
        TerritoryView before = territories.requireVisible(id, user);
        AccessScope scope = territories.scopeOf(user);
        List<FieldError> errors = violations(command);
        TerritoryView newParent = null;
        boolean moving = !java.util.Objects.equals(command.parentId(), before.parentId());
        if (moving) {
            if (scope.narrowed() && before.path().equals(scope.subtreePath())) {
                errors.add(new FieldError("parentId", "No puede mover el territorio raíz de su alcance."));
            }
            if (command.parentId() != null) {
                newParent = territories.byId(command.parentId())
                        .filter(t -> scope.includes(t.jurisdictionId(), t.path()))
                        .filter(p -> p.jurisdictionId() == before.jurisdictionId()).orElse(null);
                if (newParent == null) {
                    errors.add(new FieldError("parentId", "El territorio padre no existe en su alcance."));
                } else if (before.contains(newParent)) {
                    errors.add(new FieldError("parentId", "Un territorio no puede quedar dentro de sí mismo."));
                    newParent = null;
                }
            }
            TerritoryLevelView level = level(before.jurisdictionId(), before.levelCode()).orElseThrow();
            if (errors.isEmpty()) {
                errors.addAll(TerritoryRules.parentFits(level, newParent));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!store.update(id, command.version(), command.name().trim(), command.areaType(), command.population())) {
            throw new ConflictException("Otra persona modificó este territorio mientras usted lo editaba. "
                    + "Recargue la página y vuelva a intentar.");
        }
        if (moving) {
            store.move(before, newParent);
        }
        TerritoryView after = territories.byId(id).orElseThrow();
        audit.record("UPDATE", "territory", id, after.jurisdictionId(), "Territorio " + after.label() + " modificado",
                before, after);
        return after;
    }

    @Override
    @Transactional
    public TerritoryLevelView defineLevel(CurrentUser user, long jurisdictionId, String code, String name, int rank) {
        if (!AccessPolicy.holds(user.role(), Capability.CONFIGURE_JURISDICTION)) {
            throw new ForbiddenException(
                    "Solo un administrador o un usuario distrital define los niveles territoriales.");
        }
        if (!AccessPolicy.reachesWholeJurisdiction(user, Capability.CONFIGURE_JURISDICTION, jurisdictionId)
                && AccessPolicy.reachesJurisdiction(user, Capability.CONFIGURE_JURISDICTION, jurisdictionId)) {
            throw new ForbiddenException(
                    "Los niveles territoriales los define quien tiene alcance sobre toda la jurisdicción.");
        }
        if (!AccessPolicy.reachesJurisdiction(user, Capability.CONFIGURE_JURISDICTION, jurisdictionId)
                || jurisdictions.byId(jurisdictionId).isEmpty()) {
            throw new NotFoundException("No existe la jurisdicción en su alcance.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !code.matches("[a-z][a-z0-9_-]{0,39}")) {
            errors.add(new FieldError("code", "Use minúsculas sin tildes, números, guion o guion bajo (máximo 40)."));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "El nombre es obligatorio."));
        }
        if (rank < 0 || rank > 20) {
            errors.add(new FieldError("rank", "La posición debe estar entre 0 (raíz) y 20."));
        }
        if (code != null && level(jurisdictionId, code).isPresent()) {
            errors.add(new FieldError("code", "El nivel '" + code + "' ya existe."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TerritoryLevelView created = levelRepository.save(TerritoryLevel.define(jurisdictionId, code, name, rank))
                .view();
        long id = created.id();
        audit.record("CREATE", "territory_level", id, jurisdictionId, "Nivel " + name + " creado", null, created);
        return created;
    }

    private static void requireManager(CurrentUser user) {
        if (!AccessPolicy.holds(user.role(), Capability.MANAGE_TERRITORY)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no puede modificar territorios.");
        }
    }

    private <T> List<FieldError> violations(T command) {
        return Violations.of(validator, command);
    }
}
