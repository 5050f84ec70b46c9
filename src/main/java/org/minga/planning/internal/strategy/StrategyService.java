package org.minga.planning.internal.strategy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.minga.planning.ClassifiedKind;
import org.minga.planning.ClassifiedSubjects;
import org.minga.planning.StrategyClassifications;
import org.minga.planning.StrategyDimension;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A strategy's classifications: defines a jurisdiction's categories (for planners) and classifies goals, actions,
 * alerts and care-plan needs by them (for whoever may change the record, as its owner module says).
 */
@Service
public class StrategyService implements StrategyClassifications {

    private final StrategyRepository repository;
    private final StrategyReadModel readModel;
    private final Map<ClassifiedKind, ClassifiedSubjects> owners = new EnumMap<>(ClassifiedKind.class);
    private final Territories territories;
    private final AuditLog audit;

    StrategyService(StrategyRepository repository, StrategyReadModel readModel, List<ClassifiedSubjects> owners,
            Territories territories, AuditLog audit) {
        this.repository = repository;
        this.readModel = readModel;
        owners.forEach(o -> this.owners.put(o.kind(), o));
        this.territories = territories;
        this.audit = audit;
    }

    /** Adds a category to the jurisdiction's strategy; codes are unique per jurisdiction. */
    @Transactional
    public Category define(Jurisdiction j, CategoryForm form, CurrentUser user) {
        if (!AccessPolicy.holds(user.role(), Capability.MANAGE_PLANS)
                || !territories.scopeOf(user, Capability.MANAGE_PLANS).wholeJurisdiction(j.id())) {
            throw new ForbiddenException("Solo quien gestiona los planes de toda la jurisdicción define las "
                    + "categorías de la estrategia.");
        }
        CategoryForm valid = form.validated();
        if (repository.codeTaken(j.id(), valid.code())) {
            throw new ValidationException("code", "Ya existe una categoría con el código «" + valid.code() + "» en "
                    + j.name() + ".");
        }
        long id = repository.addCategory(j.id(), valid.parsedDimension(), valid.code(), valid.name(),
                valid.description());
        audit.record("CREATE", "strategy_category", id, j.id(), "Categoría de la estrategia «" + valid.name()
                + "» (" + Labels.inSpanish(valid.parsedDimension()) + ")", null, valid);
        return readModel.categories(j.id()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Category> categories(long jurisdictionId) {
        return readModel.categories(jurisdictionId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Category> of(ClassifiedKind kind, long subjectId) {
        return readModel.of(kind, subjectId);
    }

    /** The categories a record carries, if the user may read the record. */
    @Transactional(readOnly = true)
    public List<Category> of(ClassifiedKind kind, long subjectId, CurrentUser user) {
        subject(kind, subjectId, user);
        return readModel.of(kind, subjectId);
    }

    @Override
    @Transactional
    public List<Category> classify(ClassifiedKind kind, long subjectId, List<String> categoryCodes,
            CurrentUser user) {
        ClassifiedSubjects.Subject s = subject(kind, subjectId, user);
        if (!s.writable()) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") puede ver «" + s.title()
                    + "», pero no clasificarlo.");
        }
        Map<String, Category> byCode = new java.util.HashMap<>();
        readModel.categories(s.jurisdictionId()).forEach(c -> byCode.put(c.code().toLowerCase(), c));
        List<Long> ids = new ArrayList<>();
        for (String code : categoryCodes == null ? List.<String>of() : categoryCodes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            Category c = byCode.get(code.strip().toLowerCase());
            if (c == null) {
                throw new ValidationException("categories", "La categoría «" + code + "» no existe en la "
                        + "estrategia de esta jurisdicción.");
            }
            if (!ids.contains(c.id())) {
                ids.add(c.id());
            }
        }
        List<String> before = readModel.of(kind, subjectId).stream().map(Category::code).toList();
        repository.replace(kind, subjectId, s.jurisdictionId(), s.territoryPath(), ids, user.username());
        List<Category> after = readModel.of(kind, subjectId);
        audit.record("UPDATE", "strategy_classification", subjectId, s.jurisdictionId(), "Clasificación de "
                + Labels.inSpanish(kind).toLowerCase() + ": «" + s.title() + "»", before,
                after.stream().map(Category::code).toList());
        return after;
    }

    /** The record as its owner module describes it, if the user may read it; else {@link NotFoundException}. */
    public ClassifiedSubjects.Subject subject(ClassifiedKind kind, long subjectId, CurrentUser user) {
        ClassifiedSubjects owner = owners.get(kind);
        if (owner == null) {
            throw new IllegalStateException("no module answers for " + kind);
        }
        return owner.find(subjectId, user).orElseThrow(() -> new NotFoundException("No existe el registro "
                + subjectId + " (" + Labels.inSpanish(kind).toLowerCase() + ")."));
    }

    /** Per category, the records of each kind it classifies inside the user's scope. */
    @Transactional(readOnly = true)
    public List<CategoryFigure> figures(long jurisdictionId, CurrentUser user) {
        if (!territories.scopeOf(user).includesJurisdiction(jurisdictionId)) {
            return List.of();
        }
        return readModel.figures(jurisdictionId, territories.scopeOf(user));
    }

    /** The dimensions in their order, each with its categories (for the page). */
    @Transactional(readOnly = true)
    public Map<StrategyDimension, List<CategoryFigure>> byDimension(long jurisdictionId, CurrentUser user) {
        Map<StrategyDimension, List<CategoryFigure>> m = new EnumMap<>(StrategyDimension.class);
        for (StrategyDimension d : StrategyDimension.values()) {
            m.put(d, new ArrayList<>());
        }
        figures(jurisdictionId, user).forEach(f -> m.get(f.category().dimension()).add(f));
        return m;
    }
}
