package org.minga.participation.internal.domain;

import java.time.LocalDate;

import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An improvement action (acción de mejora): a change committed in response to what citizens said, owned by someone,
 * due on a date and tracked to done. Done needs a result (it is published in the devolución) and keeps the day it was
 * first done. Mapped by Spring Data JDBC to {@code improvement_action}.
 */
@Table("improvement_action")
public class ImprovementAction extends Aggregate<ImprovementAction> {

    /** What the action is, already checked. */
    public record Plan(String title, String description, String owner, LocalDate dueOn,
            ImprovementActionStatus status, String result) {
    }

    private long jurisdictionId;
    private String title;
    private String description;
    private String owner;
    private LocalDate dueOn;
    private ImprovementActionStatus status;
    private LocalDate doneOn;
    private String result;
    private long territoryId;
    private String territoryPath;
    private String createdBy;

    private ImprovementAction() {
    }

    public static ImprovementAction plan(long jurisdictionId, long territoryId, String territoryPath, Plan p,
            LocalDate today, String createdBy) {
        ImprovementAction a = new ImprovementAction();
        a.jurisdictionId = jurisdictionId;
        a.territoryId = territoryId;
        a.territoryPath = territoryPath;
        a.createdBy = createdBy;
        a.apply(p);
        a.doneOn = a.status == ImprovementActionStatus.DONE ? today : null;
        return a;
    }

    /**
     * Changes the action; refused when someone else changed it since {@code readVersion}, or when it is given as done
     * without telling what was done. Answers whether the action has just been done.
     */
    public boolean revise(Plan p, int readVersion, LocalDate today) {
        if (p.status() == ImprovementActionStatus.DONE && (p.result() == null || p.result().isBlank())) {
            throw new ValidationException("result",
                    "Para dar la acción por hecha, cuente qué se hizo (se publica en la devolución).");
        }
        if (id() == null || version() != readVersion) {
            throw new ConflictException("La acción de mejora cambió mientras la editaba (versión " + readVersion
                    + "): recargue la página.");
        }
        boolean wasDone = status == ImprovementActionStatus.DONE;
        apply(p);
        doneOn = status == ImprovementActionStatus.DONE ? (doneOn == null ? today : doneOn) : null;
        return status == ImprovementActionStatus.DONE && !wasDone;
    }

    private void apply(Plan p) {
        title = p.title();
        description = p.description();
        owner = p.owner();
        dueOn = p.dueOn();
        status = p.status();
        result = p.result();
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String territoryPath() {
        return territoryPath;
    }

    public String title() {
        return title;
    }

}
