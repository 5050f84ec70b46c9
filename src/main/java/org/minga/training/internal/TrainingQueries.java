package org.minga.training.internal;

import java.util.List;
import java.util.Optional;

import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryView;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryTree;
import org.minga.training.internal.TrainingViews.CertificateView;
import org.minga.training.internal.TrainingViews.ParticipantRow;
import org.minga.training.internal.TrainingViews.ProgrammeRow;
import org.minga.training.internal.TrainingViews.ProgrammeView;
import org.minga.training.internal.TrainingViews.SessionRow;
import org.minga.training.internal.TrainingViews.Share;
import org.minga.training.internal.domain.ProgrammeStatus;
import org.springframework.stereotype.Component;

/**
 * What training shows, within the user's reach: programmes (territorial information), a programme's participants
 * (personal data: only with «leer datos personales», within its subtree), the diversity of its attendees (figures:
 * shares, never who), a certificate by its code (public), and a territory's trained agents (figures).
 */
@Component
record TrainingQueries(TrainingReadModel read, TrainingAccess access, Territories territories,
        org.minga.platform.Jurisdictions jurisdictions, AccompaniedRecords accompanied, TerritoryTree tree) {

    /**
     * A programme's page: who may read personal data gets the participants, who may read figures the shares; the
     * record it accompanies, when it still exists, with the kind's name.
     */
    record ProgrammePage(ProgrammeView programme, List<SessionRow> sessions, List<ParticipantRow> participants,
            List<Share> diversity, boolean canManage, Accompaniment accompanied) {
    }

    /** The record of another module a programme accompanies, as its page links to it. */
    record Accompaniment(String kind, String title, String detail, String href) {
    }

    record TrainedAgents(long territoryId, String territoryName, long trainedAgents) {
    }

    /** A territory's trained agents and those of each of its children (the map colours the children). */
    record TrainedAgentsMap(TerritoryView territory, List<TerritoryView> ancestry, long trainedAgents,
            List<TrainedAgents> children) {
    }

    PageResult<ProgrammeRow> programmes(String status, CurrentUser user, PageRequest page) {
        ProgrammeStatus s = status == null || status.isBlank() ? null
                : Labels.read(ProgrammeStatus.class, status).orElseThrow(() -> new ValidationException("status",
                        "El estado es planeado, abierto o cerrado."));
        return read.programmes(access.scope(user, Capability.READ_TERRITORIAL_INFO), s, page);
    }

    ProgrammeView programme(long id, CurrentUser user) {
        ProgrammeView p = read.programme(id)
                .orElseThrow(() -> new NotFoundException("El programa de formación " + id + " no existe."));
        access.requireReadable(p.jurisdictionId(), p.territoryPaths(), user, "El programa de formación " + id);
        return p;
    }

    ProgrammePage page(long id, CurrentUser user) {
        ProgrammeView p = programme(id, user);
        boolean personal = AccessPolicy.holds(user.role(), Capability.READ_PERSONAL_DATA);
        boolean figures = AccessPolicy.holds(user.role(), Capability.READ_AGGREGATES);
        return new ProgrammePage(p, read.sessions(id),
                personal ? read.participants(id, access.scope(user, Capability.READ_PERSONAL_DATA)) : null,
                figures ? read.diversity(id) : null,
                TrainingAccess.managesAll(access.scope(user, Capability.RUN_TRAINING), p.jurisdictionId(),
                        p.territoryPaths()),
                accompaniment(p));
    }

    private Accompaniment accompaniment(ProgrammeView p) {
        if (p.accompaniedKind() == null) {
            return null;
        }
        return accompanied.resolve(p.accompaniedKind(), p.accompaniedId(), p.jurisdictionId())
                .map(t -> new Accompaniment(accompanied.label(t.kind()), t.title(), t.detail(), t.href()))
                .orElse(null);
    }

    List<SessionRow> sessions(long programmeId, CurrentUser user) {
        programme(programmeId, user);
        return read.sessions(programmeId);
    }

    SessionRow session(long sessionId, CurrentUser user) {
        SessionRow s = read.session(sessionId)
                .orElseThrow(() -> new NotFoundException("La sesión " + sessionId + " no existe."));
        programme(s.programmeId(), user);
        return s;
    }

    /** The participants the user may read (personal data, within their subtree). */
    List<ParticipantRow> participants(long programmeId, CurrentUser user) {
        programme(programmeId, user);
        AccessScope scope = access.scope(user, Capability.READ_PERSONAL_DATA);
        return read.participants(programmeId, scope);
    }

    List<Share> diversity(long programmeId, CurrentUser user) {
        programme(programmeId, user);
        return read.diversity(programmeId);
    }

    /** A certificate by its code, for anyone: the name, the programme and who issued it, or nothing. */
    Optional<CertificateView> certificate(String code) {
        if (code == null
                || !code.strip().toUpperCase(java.util.Locale.ROOT).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")) {
            return Optional.empty();
        }
        return read.certificate(code.strip().toUpperCase(java.util.Locale.ROOT)).map(c -> c.issuedBy(
                jurisdictions.byId(c.jurisdictionId()).map(org.minga.platform.Jurisdiction::name).orElse("")));
    }

    /** People who completed a programme in the territory's subtree (a figure: no one is named). */
    TrainedAgents trainedAgents(long territoryId, CurrentUser user) {
        TerritoryView t = figuresTerritory(territoryId, user);
        return new TrainedAgents(t.id(), t.name(), read.trainedAgents(t.jurisdictionId(), t.path()));
    }

    private TerritoryView figuresTerritory(long territoryId, CurrentUser user) {
        TerritoryView t = territories.byId(territoryId)
                .orElseThrow(() -> new NotFoundException("El territorio " + territoryId + " no existe."));
        if (!access.scope(user, Capability.READ_AGGREGATES).includes(t.jurisdictionId(), t.path())) {
            throw new NotFoundException("El territorio " + territoryId + " no existe o está fuera de su alcance.");
        }
        return t;
    }

    /**
     * The trained agents of a territory (by default the user's own, else their jurisdiction's root) and of each of
     * its children in the user's view, for the figures page's map: figures, no one is named.
     */
    TrainedAgentsMap trainedAgentsMap(Long territoryId, CurrentUser user) {
        long id = territoryId != null ? territoryId : user.territoryId() != null ? user.territoryId()
                : jurisdictions.visibleTo(user).stream().flatMap(j -> tree.roots(user, j.id()).stream())
                        .findFirst().map(TerritoryView::id)
                        .orElseThrow(() -> new NotFoundException("No hay territorios visibles para su usuario."));
        TerritoryView t = figuresTerritory(id, user);
        List<TrainedAgents> children = tree.children(user, t.id()).stream()
                .map(c -> new TrainedAgents(c.id(), c.name(), read.trainedAgents(c.jurisdictionId(), c.path())))
                .toList();
        return new TrainedAgentsMap(t, tree.ancestry(user, t.id()), read.trainedAgents(t.jurisdictionId(), t.path()),
                children);
    }
}
