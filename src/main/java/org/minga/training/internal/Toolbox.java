package org.minga.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.training.internal.TrainingViews.ToolboxRow;
import org.minga.training.internal.domain.ToolboxItem;
import org.minga.training.internal.domain.ToolboxItemKind;
import org.minga.training.internal.domain.ToolboxLevel;
import org.minga.training.internal.domain.ToolboxUse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The methodology toolbox of a jurisdiction (caja de herramientas): guides, protocols, technical annexes and
 * promotional material per management level and process, versioned; the public ones are shown to everyone.
 */
@Service
@RequiredArgsConstructor
class Toolbox {

    /**
     * A new item; {@code uses} names the records that use it ({@code kind:id} from the picker, or their titles),
     * {@code usedByNote} what uses it and is no record.
     */
    record ItemCommand(String jurisdiction, String code, String title, String kind, String level, String process,
            String description, String link, Boolean isPublic, List<String> uses, String usedByNote) {
    }

    /** Who uses an item now: the records ({@code kind:id} or titles) and a note; replaces what was said before. */
    record ToolboxUsesCommand(List<String> uses, String usedByNote) {
    }

    record RevisionCommand(String changes, String link) {
    }

    private final ToolboxItemRepository items;
    private final ToolboxReadModel read;
    private final TrainingAccess access;
    private final AuditLog audit;
    private final ToolboxUses uses;

    @Transactional
    long publish(ItemCommand c, CurrentUser user) {
        Jurisdiction j = requireEditor(c.jurisdiction(), user);
        ToolboxItemKind kind = Labels.read(ToolboxItemKind.class, c.kind()).orElse(null);
        ToolboxLevel level = Labels.read(ToolboxLevel.class, c.level()).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        Set<ToolboxUse> records = uses.parse(c.uses(), j, errors);
        ToolboxItem.Facts facts = new ToolboxItem.Facts(c.code(), c.title(), kind, level, c.process(),
                c.description(), c.link(), Boolean.TRUE.equals(c.isPublic()), records, c.usedByNote());
        ToolboxItem item = null;
        try {
            item = ToolboxItem.publish(j.id(), facts, LocalDate.now(j.zoneId()));
        } catch (ValidationException e) {
            errors.addAll(0, e.errors());
        }
        if (!errors.isEmpty() || item == null) {
            throw new ValidationException(errors);
        }
        try {
            long id = items.save(item).id().value();
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

    /** Says who uses an item now (records and a note), replacing what was said before. */
    @Transactional
    void usedBy(long itemId, ToolboxUsesCommand c, CurrentUser user) {
        ToolboxItem item = items.findById(itemId)
                .orElseThrow(() -> new NotFoundException("La herramienta " + itemId + " no existe."));
        Jurisdiction j = access.jurisdictionById(item.jurisdictionId());
        if (!access.scope(user, Capability.RUN_TRAINING).includesJurisdiction(j.id())) {
            throw new ForbiddenException("Su rol no edita la caja de herramientas de " + j.name() + ".");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<ToolboxUse> records = uses.parse(c.uses(), j, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        item.usedBy(records, c.usedByNote());
        items.save(item);
        audit.record("UPDATE", "ToolboxItem", itemId, j.id(), "Quién usa la herramienta", null, null);
    }

    /**
     * The old free text of each item's uses ({@code V770}) matched to records once: a piece naming exactly one record
     * becomes a link, the rest stays as the note. Answers how many items it matched.
     */
    @Transactional
    int linkOldUses() {
        int done = 0;
        for (long id : read.itemsWithUsesToLink()) {
            ToolboxItem item = items.findById(id).orElseThrow();
            ToolboxUses.Matched m = uses.match(item.usesToLink().orElse(""), item.jurisdictionId());
            item.usedBy(m.uses(), m.note());
            items.save(item);
            done++;
        }
        return done;
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
        return read.items(j.id(), onlyPublic, l).stream().map(i -> i.withUses(uses.resolve(i.uses(), j.id())))
                .toList();
    }
}
