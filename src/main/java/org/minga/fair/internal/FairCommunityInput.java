package org.minga.fair.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.fair.internal.FairRecords.CommunityInput;
import org.minga.fair.internal.FairRecords.FairView;
import org.minga.fair.internal.FairRecords.InputCommand;
import org.minga.fair.internal.domain.CommunityInputRole;
import org.minga.fair.internal.domain.ServiceFair;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Labels;
import org.minga.platform.LinkTargets.Target;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community's word in a fair (issue 24): a participation space or a survey linked to the fair's planning or to its
 * evaluation by its planners, and what came out of each read back from participation for the fair's results.
 */
@Service
@RequiredArgsConstructor
class FairCommunityInput {

    private final FairRepository fairs;
    private final FairAccess access;
    private final CommunityInputs inputs;
    private final Jurisdictions jurisdictions;
    private final Labels labels;
    private final AuditLog audit;

    /** Links a space or survey to the fair in a role; linking it again in the same role changes nothing. */
    @Transactional
    List<CommunityInput> link(long fairId, InputCommand c, CurrentUser u) {
        FairView f = access.requireVisible(fairId, u);
        access.requirePlanner(f, u);
        Jurisdiction j = jurisdictions.byId(f.jurisdictionId()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        CommunityInputRole role = c == null ? null : labels.parse(CommunityInputRole.class, c.role()).orElse(null);
        if (role == null) {
            errors.add(new FieldError("role", "Indique si la comunidad aporta a la planeación o a la evaluación de la "
                    + "jornada (" + Labels.allowedWords(CommunityInputRole.class) + ")."));
        }
        Target t = inputs.parse(c == null ? null : c.record(), j.id(), j.name(), errors).orElse(null);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ServiceFair fair = fairs.findById(fairId).orElseThrow();
        fair.hear(role);
        fairs.addCommunityInput(fairId, role.name(), t.kind(), t.id(), u.username())
                .ifPresent(id -> audit.record("ADD_COMMUNITY_INPUT", FairPlanning.ENTITY, fairId, j.id(),
                        inputs.label(t.kind()) + " «" + t.title() + "» para la " + labels.of(role) + " de "
                                + f.code(),
                        null, Map.of("inputId", id, "kind", t.kind(), "recordId", t.id(), "role", role.name())));
        return inputs.of(fairId, j.id());
    }

    @Transactional
    void unlink(long fairId, long inputId, CurrentUser u) {
        FairView f = access.requireVisible(fairId, u);
        access.requirePlanner(f, u);
        if (fairs.removeCommunityInput(fairId, inputId) == 0) {
            throw new NotFoundException("La jornada " + f.code() + " no tiene el aporte de la comunidad " + inputId
                    + ".");
        }
        audit.record("REMOVE_COMMUNITY_INPUT", FairPlanning.ENTITY, fairId, f.jurisdictionId(),
                "Aporte de la comunidad quitado de " + f.code(), Map.of("inputId", inputId), null);
    }

    /** What the community records linked to the fair are and what came out of them. */
    List<CommunityInput> of(FairView f) {
        return inputs.of(f.id(), f.jurisdictionId());
    }
}
