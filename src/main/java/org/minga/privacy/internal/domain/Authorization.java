package org.minga.privacy.internal.domain;

import java.time.Instant;
import java.time.ZoneId;

import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.minga.platform.Times;
import org.minga.platform.ValidationException;
import org.minga.privacy.AuthorizationCommand;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An authorization to process a person's personal data (Ley 1581 de 2012, art. 9): who gave it, when, through
 * which {@link AuthorizationChannel}, for which purposes, with which evidence. Active until withdrawn; {@link #withdraw}
 * refuses a second withdrawal and a withdrawal without a reason.
 *
 * <p>Mapped by Spring Data JDBC to {@code data_authorization}; the command's shape is checked before (the
 * {@code Consents} port's {@code check}), so {@link #grant} only takes what passed.
 */
@Table("data_authorization")
public class Authorization extends Aggregate<Authorization> {

    private long jurisdictionId;
    private Long personId;
    private String grantedByName;
    private String grantedByDocument;
    private boolean byGuardian;
    private String guardianRelation;
    private AuthorizationChannel channel;
    private String purposes;
    private String evidence;
    private boolean sensitiveData;
    private Instant grantedAt;
    private Instant withdrawnAt;
    private String withdrawnReason;
    private String recordedBy;

    private Authorization() {
    }

    /** A new, active authorization of a stored person, from a command that passed the checks. */
    public static Authorization grant(long jurisdictionId, long personId, AuthorizationCommand c, String recordedBy,
            Instant now) {
        Authorization a = new Authorization();
        a.jurisdictionId = jurisdictionId;
        a.personId = personId;
        a.grantedByName = c.grantedByName().strip();
        a.grantedByDocument = trim(c.grantedByDocument());
        a.byGuardian = c.guardian();
        a.guardianRelation = trim(c.guardianRelation());
        a.channel = AuthorizationChannel.parse(c.channel())
                .orElseThrow(() -> new ValidationException("authorization.channel",
                        "Indique el canal de la autorización: PRESENCIAL, ESCRITO, TELEFONICO o DIGITAL."));
        a.purposes = c.purposes().strip();
        a.evidence = c.evidence().strip();
        a.sensitiveData = c.sensitive();
        a.grantedAt = c.grantedAt() == null ? now : c.grantedAt().toInstant();
        a.recordedBy = recordedBy;
        return a;
    }

    /**
     * Withdraws the authorization with the person's reason. A withdrawn authorization stays withdrawn: the refusal
     * names when it was withdrawn, on the clock of {@code zone} (the jurisdiction's).
     */
    public void withdraw(String reason, Instant now, ZoneId zone) {
        if (withdrawnAt != null) {
            throw new ConflictException("La autorización ya fue revocada el "
                    + Times.DATE_TIME.format(withdrawnAt.atZone(zone)) + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "Indique el motivo de la revocatoria.");
        }
        withdrawnAt = now;
        withdrawnReason = reason.strip();
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public Long personId() {
        return personId;
    }

    public AuthorizationChannel channel() {
        return channel;
    }

    public boolean active() {
        return withdrawnAt == null;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
