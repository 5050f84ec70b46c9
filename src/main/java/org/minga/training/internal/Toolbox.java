package org.minga.training.internal;

import java.time.LocalDate;
import java.util.List;

import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.training.internal.TrainingViews.ToolboxRow;
import org.minga.training.internal.domain.ToolboxItem;
import org.minga.training.internal.domain.ToolboxItemKind;
import org.minga.training.internal.domain.ToolboxLevel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The methodology toolbox of a jurisdiction (caja de herramientas): guides, protocols, technical annexes and
 * promotional material per management level and process, versioned; the public ones are shown to everyone.
 */
@Service
class Toolbox {

    record ItemCommand(String jurisdiction, String code, String title, String kind, String level, String process,
            String description, String link, Boolean isPublic, String usedBy) {
    }

    record RevisionCommand(String changes, String link) {
    }

    private final ToolboxItemRepository items;
    private final ToolboxReadModel read;
    private final TrainingAccess access;
    private final AuditLog audit;

    Toolbox(ToolboxItemRepository items, ToolboxReadModel read, TrainingAccess access, AuditLog audit) {
        this.items = items;
        this.read = read;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    long publish(ItemCommand c, CurrentUser user) {
        Jurisdiction j = requireEditor(c.jurisdiction(), user);
        ToolboxItemKind kind = Labels.read(ToolboxItemKind.class, c.kind()).orElse(null);
        ToolboxLevel level = Labels.read(ToolboxLevel.class, c.level()).orElse(null);
        try {
            long id = items.save(ToolboxItem.publish(j.id(), new ToolboxItem.Facts(c.code(), c.title(), kind, level,
                    c.process(), c.description(), c.link(), Boolean.TRUE.equals(c.isPublic()), c.usedBy()),
                    LocalDate.now(j.zoneId()))).id();
            audit.record("CREATE", "ToolboxItem", id, j.id(), "Herramienta " + c.code(), null, null);
            return id;
        } catch (DuplicateKeyException e) {
            throw new ValidationException("code", "Ya existe una herramienta con el código " + c.code() + ".");
        }
    }

    @Transactional
    int revise(long itemId, RevisionCommand c, CurrentUser user) {
        ToolboxItem item = items.findById(itemId)
                .orElseThrow(() -> new NotFoundException("La herramienta " + itemId + " no existe."));
        if (!access.scope(user, Capability.RUN_TRAINING).includesJurisdiction(item.jurisdictionId())) {
            throw new ForbiddenException("Su rol no edita la caja de herramientas de esta jurisdicción.");
        }
        item.revise(c.changes(), c.link(), LocalDate.now(access.zoneOf(item.jurisdictionId())));
        items.save(item);
        return item.currentVersion();
    }

    private Jurisdiction requireEditor(String jurisdiction, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(jurisdiction, user);
        if (!access.scope(user, Capability.RUN_TRAINING).includesJurisdiction(j.id())) {
            throw new ForbiddenException("Su rol no edita la caja de herramientas de " + j.name() + ".");
        }
        return j;
    }

    List<ToolboxRow> items(Jurisdiction j, String level, boolean onlyPublic) {
        ToolboxLevel l = level == null || level.isBlank() ? null
                : Labels.read(ToolboxLevel.class, level).orElseThrow(() -> new ValidationException("level",
                        "El nivel de gestión es macro, meso o micro."));
        return read.items(j.id(), onlyPublic, l);
    }
}
