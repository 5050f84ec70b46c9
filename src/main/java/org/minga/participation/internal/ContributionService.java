package org.minga.participation.internal;

import java.util.List;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.minga.participation.ChannelContributions;
import org.minga.participation.internal.ContributionReadModel.ContributionView;
import org.minga.participation.internal.ContributionReadModel.SurveyPlace;
import org.minga.participation.internal.ImprovementActionReadModel.ActionView;
import org.minga.participation.internal.ImprovementActions.ActionCommand;
import org.minga.participation.internal.SpaceReadModel.SpaceView;
import org.minga.participation.internal.domain.Contribution;
import org.minga.participation.internal.domain.ContributionKind;
import org.minga.participation.internal.domain.ServiceStage;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Labels;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.minga.participation.internal.Codes.blankToNull;

/**
 * Contributions from spaces and surveys: recorded, answered, grouped when they say the same thing and turned into
 * improvement actions; reading is {@link ContributionReadModel}'s.
 */
@Service
@RequiredArgsConstructor
class ContributionService {

    record ContributionCommand(Long spaceId, Long surveyId, String kind,
            @NotBlank(message = TEXT) @Size(max = 2000, message = TEXT) String text,
            @Size(max = 120, message = "El tema admite 120 caracteres.") String theme, String serviceName,
            String stage, Long territoryId, String territoryCode) {

        static final String TEXT = "Escriba el aporte (hasta 2.000 caracteres).";
    }

    private final ContributionRepository repository;
    private final ContributionReadModel read;
    private final SpaceReadModel spaces;
    private final ImprovementActions actions;
    private final Scopes scopes;
    private final AuditLog audit;
    private final Labels labels;
    private final Validator validator;

    @Transactional
    ContributionView create(ContributionCommand c, String jurisdictionCode, CurrentUser user) {
        scopes.requireWriter(user);
        List<FieldError> errors = Violations.of(validator, c);
        TerritoryView t = territory(c, user, errors);
        ContributionKind kind = kind(c.kind(), errors);
        ServiceStage stage = blankToNull(c.stage()) == null ? null
                : Codes.parse(labels, ServiceStage.class, c.stage(), errors, "stage",
                        "La etapa debe ser llegada, asignación de turno o cita, espera, atención o respuesta.");
        Codes.throwIfAny(errors);
        return saved(Contribution.record(
                new Contribution.Source(t.jurisdictionId(), c.spaceId(), c.surveyId(), t.id(), t.path()),
                new Contribution.Content(kind, c.text().strip(), blankToNull(c.theme()), blankToNull(c.serviceName()),
                        stage),
                user.username()));
    }

    /** A contribution heard in a virtual territory (the caller checked the user manages it), kept as its origin. */
    @Transactional
    ContributionView createFromChannel(ChannelContributions.Heard h, CurrentUser user) {
        scopes.requireWriter(user);
        List<FieldError> errors = Violations.of(validator,
                new ContributionCommand(null, null, h.kind(), h.text(), h.theme(), null, null, null, null));
        ContributionKind kind = kind(h.kind(), errors);
        Codes.throwIfAny(errors);
        TerritoryView t = scopes.territory(h.territoryId());
        return saved(Contribution.heardIn(new Contribution.Channel(h.virtualTerritoryId(), h.channelName()),
                new Contribution.Source(t.jurisdictionId(), null, null, t.id(), t.path()),
                new Contribution.Content(kind, h.text().strip(), blankToNull(h.theme()), null, null),
                user.username()));
    }

    private ContributionKind kind(String text, List<FieldError> errors) {
        return Codes.parse(labels, ContributionKind.class, text, errors, "kind",
                "El tipo de aporte debe ser NEED (necesidad), SUGGESTION (sugerencia), COMPLAINT (queja) o IDEA.");
    }

    private ContributionView saved(Contribution c) {
        ContributionView v = read.view(repository.save(c).id().value());
        audit.record("CREATE", "Contribution", v.id(), v.jurisdictionId(), "Aporte: " + abbreviate(v.text()), null,
                v);
        return v;
    }

    /** The territory of a contribution: the one given, or its space's or survey's. */
    private TerritoryView territory(ContributionCommand c, CurrentUser user, List<FieldError> errors) {
        boolean given = c.territoryId() != null || blankToNull(c.territoryCode()) != null;
        if (c.spaceId() != null) {
            SpaceView s = spaces.get(c.spaceId(), user);
            return given ? scopes.territory(c.territoryId(), c.territoryCode(),
                    scopes.jurisdiction(s.jurisdictionId()).code(), user, "territoryId", errors)
                    : scopes.territory(s.territoryId());
        }
        if (c.surveyId() != null) {
            SurveyPlace p = read.surveyPlace(c.surveyId());
            scopes.requireVisible(p.jurisdictionId(), p.territoryPath(), user, "La encuesta " + c.surveyId());
            return given ? scopes.territory(c.territoryId(), c.territoryCode(),
                    scopes.jurisdiction(p.jurisdictionId()).code(), user, "territoryId", errors)
                    : scopes.territory(p.territoryId());
        }
        errors.add(new FieldError("spaceId", "Un aporte viene de un espacio o de una encuesta: indique cuál."));
        return null;
    }

    /** Groups a contribution with another that says the same thing; the group shares the main one's action. */
    @Transactional
    ContributionView group(long id, long intoId, CurrentUser user) {
        scopes.requireWriter(user);
        ContributionView c = read.get(id, user);
        ContributionView into = read.get(intoId, user);
        if (id == intoId) {
            throw new ValidationException("intoId", "Un aporte no se agrupa consigo mismo.");
        }
        if (c.jurisdictionId() != into.jurisdictionId()) {
            throw new ValidationException("intoId", "Solo se agrupan aportes de la misma jurisdicción.");
        }
        long main = into.groupedInto() == null ? into.id() : into.groupedInto();
        if (main == id) {
            throw new ValidationException("intoId", "El aporte " + intoId + " ya está agrupado en este.");
        }
        repository.groupInto(id, main, read.view(main).actionId());
        ContributionView after = read.view(id);
        audit.record("GROUP", "Contribution", id, c.jurisdictionId(), "Aporte " + id + " agrupado con " + main, c,
                after);
        return after;
    }

    @Transactional
    ContributionView answer(long id, String answer, Integer version, CurrentUser user) {
        scopes.requireWriter(user);
        ContributionView c = read.get(id, user);
        if (answer != null && answer.length() > 2000) {
            throw new ValidationException("answer", "La respuesta al aporte admite 2.000 caracteres.");
        }
        Contribution x = repository.findById(id).orElseThrow();
        x.answer(blankToNull(answer), version == null ? c.version() : version);
        repository.save(x);
        ContributionView after = read.view(id);
        audit.record("ANSWER", "Contribution", id, c.jurisdictionId(), "Respuesta al aporte " + id, c, after);
        return after;
    }

    /**
     * Turns a contribution (and the contributions grouped with it) into an improvement action: a new one or an
     * existing one.
     */
    @Transactional
    ContributionView toAction(long contributionId, Long actionId, ActionCommand newAction, CurrentUser user) {
        scopes.requireWriter(user);
        ContributionView c = read.get(contributionId, user);
        ActionView a;
        if (actionId != null) {
            a = actions.getAction(actionId, user);
            if (a.jurisdictionId() != c.jurisdictionId()) {
                throw new ValidationException("actionId", "La acción de mejora es de otra jurisdicción.");
            }
        } else if (newAction != null) {
            ActionCommand cmd = newAction.territoryId() == null && blankToNull(newAction.territoryCode()) == null
                    ? newAction.in(c.territoryId())
                    : newAction;
            a = actions.createAction(cmd, scopes.jurisdiction(c.jurisdictionId()).code(), user);
        } else {
            throw new ValidationException("actionId", "Elija una acción de mejora o describa una nueva.");
        }
        repository.linkGroup(c.groupedInto() == null ? c.id() : c.groupedInto(), a.id());
        ContributionView after = read.view(contributionId);
        audit.record("LINK", "Contribution", contributionId, c.jurisdictionId(),
                "Aporte convertido en la acción de mejora «" + a.title() + "»", c, after);
        return after;
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
