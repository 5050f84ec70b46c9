package org.minga.training.internal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.FieldError;
import org.minga.platform.Labels;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A training programme (programa de formación) for public or community agents: its objective, the capacities it
 * develops, its audience, what it accompanies (a management moment, and a link to a body, a body's session, a
 * demonstration exercise, a fair or a plan), where, who
 * is responsible, how and how long it is taught, its budget and its {@link CompletionRule}. It is planned, opened
 * (sessions held and attendance taken only then) and closed; {@link #open()} and {@link #close()} refuse any other
 * move with {@link IllegalTrainingTransition}.
 */
@Table("training_programme")
public class TrainingProgramme extends CatalogueEntry<TrainingProgramme> {

    /** What a new programme says, as the form or the API gave it; checked by {@link #plan}. */
    public record Plan(String code, String name, String objective, Audience audience, String accompanies,
            Accompanied accompaniedRecord, String responsibleActor, Modality modality, BigDecimal plannedHours,
            BigDecimal budget, CompletionRule rule, Set<Long> capacityIds) {
    }

    /**
     * The record of another module the programme accompanies: its kind ({@code body}, {@code body-session},
     * {@code exercise}, {@code fair}, {@code plan}) and its id there, checked to exist by who builds the plan.
     */
    public record Accompanied(String kind, long id) {
    }

    /**
     * Where the programme takes place: one or more territories (with their paths) of a jurisdiction, the first the
     * lead one.
     */
    public record Place(long jurisdictionId, List<ProgrammeTerritory> territories) {
        public Place {
            if (territories == null || territories.isEmpty()) {
                throw new ValidationException("territories", "Indique al menos un territorio del programa.");
            }
            territories = List.copyOf(new LinkedHashSet<>(territories));
        }
    }

    private String objective;
    private Audience audience;
    private String accompanies;
    private String accompaniesKind;
    private Long accompaniesId;
    private long territoryId;
    private String territoryPath;
    private String responsibleActor;
    private Modality modality;
    private BigDecimal plannedHours;
    private BigDecimal budget;
    private int minAttendancePercent;
    private BigDecimal passingScore;
    private ProgrammeStatus status;
    private String createdBy;
    @MappedCollection(idColumn = "programme_id")
    private Set<ProgrammeCapacity> capacities = new LinkedHashSet<>();
    @MappedCollection(idColumn = "programme_id")
    private Set<ProgrammeTerritory> territories = new LinkedHashSet<>();

    private TrainingProgramme() {
    }

    /** The rules a plan breaks, each naming its field. */
    public static List<FieldError> problems(Plan p) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "code", p.code(), 40, "el código");
        required(errors, "name", p.name(), 200, "el nombre");
        required(errors, "objective", p.objective(), 4000, "el objetivo");
        required(errors, "responsibleActor", p.responsibleActor(), 200, "el actor responsable");
        if (p.accompanies() != null && p.accompanies().length() > 300) {
            errors.add(new FieldError("accompanies", "El momento de gestión que acompaña admite 300 caracteres."));
        }
        if (p.audience() == null) {
            errors.add(new FieldError("audience", "Indique a quién se dirige el programa."));
        }
        if (p.modality() == null) {
            errors.add(new FieldError("modality", "Indique la modalidad: presencial, virtual o mixta."));
        }
        if (p.plannedHours() == null || p.plannedHours().signum() <= 0
                || p.plannedHours().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            errors.add(new FieldError("plannedHours", "Las horas planeadas son un número mayor que cero."));
        }
        if (p.budget() != null && (p.budget().signum() < 0 || p.budget().precision() - p.budget().scale() > 14)) {
            errors.add(new FieldError("budget", "El presupuesto es un valor no negativo."));
        }
        if (p.capacityIds() == null || p.capacityIds().isEmpty()) {
            errors.add(new FieldError("capacities", "Indique al menos una capacidad que desarrolla el programa."));
        }
        return errors;
    }

    private static void required(List<FieldError> errors, String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Indique " + what + " del programa."));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "El campo admite " + max + " caracteres."));
        }
    }

    /** A new programme, {@link ProgrammeStatus#PLANNED}; refuses a plan that breaks a rule. */
    public static TrainingProgramme plan(Place place, Plan p, String createdBy) {
        List<FieldError> errors = problems(p);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TrainingProgramme t = new TrainingProgramme();
        t.catalogue(place.jurisdictionId(), p.code(), p.name());
        ProgrammeTerritory lead = place.territories().get(0);
        t.territoryId = lead.territoryId();
        t.territoryPath = lead.territoryPath();
        t.territories.addAll(place.territories());
        t.objective = p.objective().strip();
        t.audience = p.audience();
        t.accompanies = blank(p.accompanies());
        t.accompany(p.accompaniedRecord());
        t.responsibleActor = p.responsibleActor().strip();
        t.modality = p.modality();
        t.plannedHours = p.plannedHours();
        t.budget = p.budget();
        t.minAttendancePercent = p.rule().minAttendancePercent();
        t.passingScore = p.rule().passingScore();
        t.status = ProgrammeStatus.PLANNED;
        t.createdBy = createdBy;
        p.capacityIds().forEach(c -> t.capacities.add(new ProgrammeCapacity(c)));
        return t;
    }

    /**
     * Changes what a planned or open programme says (its code stays); refused with
     * {@link IllegalTrainingTransition} once the programme is closed, and with the broken rules when the plan breaks
     * one.
     */
    /**
     * Moves a planned or open programme to other territories of its jurisdiction (the first the lead one); refused
     * with {@link IllegalTrainingTransition} once the programme is closed.
     */
    public void relocate(Place place) {
        if (status == ProgrammeStatus.CLOSED) {
            throw new IllegalTrainingTransition("El programa " + code() + " está «" + Labels.inSpanish(status)
                    + "»: ya no se puede modificar.");
        }
        if (place.jurisdictionId() != jurisdictionId()) {
            throw new ValidationException("territories", "Los territorios deben ser de la jurisdicción del programa.");
        }
        ProgrammeTerritory lead = place.territories().get(0);
        territoryId = lead.territoryId();
        territoryPath = lead.territoryPath();
        territories.clear();
        territories.addAll(place.territories());
    }

    public void revise(Plan p) {
        if (status == ProgrammeStatus.CLOSED) {
            throw new IllegalTrainingTransition("El programa " + code() + " está «" + Labels.inSpanish(status)
                    + "»: ya no se puede modificar.");
        }
        List<FieldError> errors = problems(new Plan(code(), p.name(), p.objective(), p.audience(), p.accompanies(),
                p.accompaniedRecord(), p.responsibleActor(), p.modality(), p.plannedHours(), p.budget(), p.rule(),
                p.capacityIds()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        catalogue(jurisdictionId(), code(), p.name());
        objective = p.objective().strip();
        audience = p.audience();
        accompanies = blank(p.accompanies());
        accompany(p.accompaniedRecord());
        responsibleActor = p.responsibleActor().strip();
        modality = p.modality();
        plannedHours = p.plannedHours();
        budget = p.budget();
        minAttendancePercent = p.rule().minAttendancePercent();
        passingScore = p.rule().passingScore();
        capacities.clear();
        p.capacityIds().forEach(c -> capacities.add(new ProgrammeCapacity(c)));
    }

    private void accompany(Accompanied record) {
        accompaniesKind = record == null ? null : record.kind();
        accompaniesId = record == null ? null : record.id();
    }

    /** Opens a planned programme: its sessions may be held. */
    public void open() {
        move(ProgrammeStatus.OPEN);
    }

    /** Closes an open programme: no more sessions or attendance. */
    public void close() {
        move(ProgrammeStatus.CLOSED);
    }

    private void move(ProgrammeStatus to) {
        if (!status.canMoveTo(to)) {
            throw new IllegalTrainingTransition("El programa " + code() + " está «" + Labels.inSpanish(status)
                    + "» y no puede pasar a «" + Labels.inSpanish(to) + "».");
        }
        status = to;
    }

    /** Refuses a session or an attendance unless the programme is open. */
    public void requireOpen() {
        if (status != ProgrammeStatus.OPEN) {
            throw new IllegalTrainingTransition("El programa " + code() + " está «" + Labels.inSpanish(status)
                    + "»: solo se registran sesiones y asistencia de un programa abierto.");
        }
    }

    /** The path of the lead territory (the first given). */
    public String territoryPath() {
        return territoryPath;
    }

    /** The paths of every territory where the programme takes place, the lead one included. */
    public List<String> territoryPaths() {
        return territories.stream().map(ProgrammeTerritory::territoryPath).toList();
    }

    /** The record of another module the programme accompanies, if any. */
    public Optional<Accompanied> accompaniedRecord() {
        return accompaniesKind == null ? Optional.empty()
                : Optional.of(new Accompanied(accompaniesKind, accompaniesId));
    }

    public ProgrammeStatus status() {
        return status;
    }

    public CompletionRule rule() {
        return new CompletionRule(minAttendancePercent, passingScore);
    }

    public Set<Long> capacityIds() {
        Set<Long> ids = new LinkedHashSet<>();
        capacities.forEach(c -> ids.add(c.capacityId()));
        return ids;
    }
}
