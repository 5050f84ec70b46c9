package org.minga.actor.internal.domain;

import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/** An actor of an alliance and what it contributes ("perifoneo", "refrigerios", recursos, personal...). */
@Table("alliance_member")
public record AllianceMember(long actorId, String contribution) {

    public AllianceMember {
        contribution = contribution == null || contribution.isBlank() ? null : contribution.strip();
        if (contribution != null && contribution.length() > 1000) {
            throw new ValidationException("members", "El aporte de un actor admite máximo 1000 caracteres.");
        }
    }
}
