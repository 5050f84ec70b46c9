package org.minga.training.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.Aggregate;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An item of the methodology toolbox (caja de herramientas): a guide, protocol, technical annex or promotional
 * material for a management level and a process, with the bodies, fairs, dialogues or programmes that use it (links
 * to their records, and a note for any use that is no record), and its versions (each new version numbered after the
 * last). A public one is shown to citizens and community agents.
 */
@Table("toolbox_item")
public class ToolboxItem extends Aggregate<ToolboxItem> {

    /** What an item says, as given. */
    public record Facts(String code, String title, ToolboxItemKind kind, ToolboxLevel level, String process,
            String description, String link, boolean isPublic, Collection<ToolboxUse> uses, String usedByNote) {
    }

    /** How many records may use one item. */
    static final int MAX_USES = 50;

    private long jurisdictionId;
    private String code;
    private String title;
    private ToolboxItemKind kind;
    private ToolboxLevel level;
    private String process;
    private String description;
    private String link;
    private int currentVersion;
    @org.springframework.data.relational.core.mapping.Column("public")
    private boolean published;
    @org.springframework.data.relational.core.mapping.Column("used_by")
    private String usedByNote;
    /** The free text written before uses were links, until it is matched to records ({@code V770}). */
    private String usesToLink;
    @MappedCollection(idColumn = "item_id")
    private Set<ToolboxUse> uses = new LinkedHashSet<>();
    @MappedCollection(idColumn = "item_id", keyColumn = "number")
    private java.util.Map<Integer, ToolboxItemVersion> versions = new java.util.LinkedHashMap<>();

    private ToolboxItem() {
    }

    public static ToolboxItem publish(long jurisdictionId, Facts f, LocalDate on) {
        List<FieldError> errors = new ArrayList<>();
        if (f.code() == null || f.code().isBlank() || f.code().length() > 40) {
            errors.add(new FieldError("code", "Indique el código de la herramienta (hasta 40 caracteres)."));
        }
        if (f.title() == null || f.title().isBlank() || f.title().length() > 300) {
            errors.add(new FieldError("title", "Indique el título (hasta 300 caracteres)."));
        }
        if (f.kind() == null || f.level() == null) {
            errors.add(new FieldError(f.kind() == null ? "kind" : "level", "Indique el tipo y el nivel de gestión."));
        }
        if (f.process() == null || f.process().isBlank() || f.process().length() > 200) {
            errors.add(new FieldError("process", "Indique el proceso que apoya (hasta 200 caracteres)."));
        }
        if (f.link() != null && !f.link().isBlank() && !f.link().strip().matches("(?i)https?://\\S{1,490}")) {
            errors.add(new FieldError("link", "El enlace debe ser una dirección http o https."));
        }
        errors.addAll(useProblems(f.uses(), f.usedByNote()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ToolboxItem t = new ToolboxItem();
        t.jurisdictionId = jurisdictionId;
        t.code = f.code().strip();
        t.title = f.title().strip();
        t.kind = f.kind();
        t.level = f.level();
        t.process = f.process().strip();
        t.description = f.description();
        t.link = blank(f.link());
        t.published = f.isPublic();
        t.uses = new LinkedHashSet<>(f.uses() == null ? List.of() : f.uses());
        t.usedByNote = blank(f.usedByNote());
        t.currentVersion = 1;
        t.versions.put(1, new ToolboxItemVersion(on, "Primera versión"));
        return t;
    }

    /** A new version of the item, numbered after the last, with what changed. */
    public void revise(String changes, String link, LocalDate on) {
        if (changes == null || changes.isBlank() || changes.length() > 2000) {
            throw new ValidationException("changes", "Diga qué cambió en la nueva versión (hasta 2.000 caracteres).");
        }
        currentVersion++;
        if (link != null && !link.isBlank()) {
            this.link = link.strip();
        }
        versions.put(currentVersion, new ToolboxItemVersion(on, changes.strip()));
    }

    /**
     * Who uses the item now: the records (each once) and a note for what is no record; replaces the old free text
     * still to be matched.
     */
    public void usedBy(Collection<ToolboxUse> records, String note) {
        List<FieldError> errors = useProblems(records, note);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        uses = new LinkedHashSet<>(records == null ? List.of() : records);
        usedByNote = blank(note);
        usesToLink = null;
    }

    private static List<FieldError> useProblems(Collection<ToolboxUse> records, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (records != null && records.size() > MAX_USES) {
            errors.add(new FieldError("uses", "Una herramienta admite hasta " + MAX_USES + " registros que la usan."));
        }
        if (note != null && note.strip().length() > 1000) {
            errors.add(new FieldError("usedByNote", "La nota de quién la usa admite 1.000 caracteres."));
        }
        return errors;
    }

    /** The free text of the uses written before they were links, while it is not matched to records. */
    public Optional<String> usesToLink() {
        return Optional.ofNullable(usesToLink);
    }

    public Set<ToolboxUse> uses() {
        return Set.copyOf(uses);
    }

    public String usedByNote() {
        return usedByNote;
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
