package org.minga.virtual.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryView;
import org.minga.virtual.internal.CampaignReadModel.Where;
import org.minga.virtual.internal.domain.Campaign;
import org.minga.virtual.internal.domain.CampaignPiece;
import org.minga.virtual.internal.domain.PieceKind;
import org.minga.virtual.internal.domain.PieceVersion;
import org.minga.virtual.internal.domain.VirtualTerritory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans campaigns and moves them, drafts, revises and approves their pieces. Thin: the rules are those of
 * {@link Campaign} and {@link CampaignPiece}.
 */
@Service
@RequiredArgsConstructor
class Campaigns {

    /** A campaign as the API sends it: territories and virtual territories by code. */
    record PlanCommand(String jurisdiction, String territory, String code, String name, String objective,
            String audiences, LocalDate startsOn, LocalDate endsOn, List<String> territories,
            List<String> virtualTerritories) {
    }

    /** A piece's version as sent: the image in base64 with its media type. */
    record PieceCommand(String title, String kind, String body, String link, String imageType, String image) {
    }

    private final CampaignRepository campaigns;
    private final CampaignPieceRepository pieces;
    private final CampaignReadModel read;
    private final VirtualAccess access;
    private final AuditLog audit;

    @Transactional
    long plan(PlanCommand c, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        TerritoryView home = access.territory(j, c.territory(), "territory");
        access.requireManaged(j.id(), home.path(), user);
        List<FieldError> errors = new ArrayList<>();
        Set<Long> territories = new LinkedHashSet<>();
        for (String code : c.territories() == null ? List.<String>of() : c.territories()) {
            try {
                territories.add(access.territory(j, code, "territories").id());
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        Set<Long> channels = new LinkedHashSet<>();
        for (String code : c.virtualTerritories() == null ? List.<String>of() : c.virtualTerritories()) {
            read.virtualTerritory(j.id(), code == null ? "" : code.strip()).ifPresentOrElse(channels::add,
                    () -> errors.add(new FieldError("virtualTerritories", "No existe el territorio virtual «" + code
                            + "» en " + j.name() + ".")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Campaign saved;
        try {
            saved = campaigns.save(Campaign.plan(new VirtualTerritory.Place(j.id(), home.id(), home.path()),
                    new Campaign.Plan(c.code(), c.name(), c.objective(), c.audiences(), c.startsOn(), c.endsOn(),
                            territories, channels),
                    user.username()));
        } catch (DuplicateKeyException e) {
            throw new ValidationException("code", "Ya existe una campaña con el código " + c.code().strip() + ".");
        }
        audit.record("CREATE", "Campaign", saved.id().value(), j.id(), "Campaña " + saved.code(), null, null);
        return saved.id().value();
    }

    @Transactional
    void launch(long id, CurrentUser user) {
        Campaign c = managed(id, user);
        c.launch(read.hasApprovedPiece(id));
        campaigns.save(c);
        audit.record("UPDATE", "Campaign", id, c.jurisdictionId(), "Campaña " + c.code() + " iniciada", null, null);
    }

    @Transactional
    void close(long id, CurrentUser user) {
        Campaign c = managed(id, user);
        c.close();
        campaigns.save(c);
        audit.record("UPDATE", "Campaign", id, c.jurisdictionId(), "Campaña " + c.code() + " cerrada", null, null);
    }

    @Transactional
    long draftPiece(long campaignId, PieceCommand p, CurrentUser user) {
        managed(campaignId, user);
        PieceKind kind = p.kind() == null || p.kind().isBlank() ? null : Labels.read(PieceKind.class, p.kind())
                .orElseThrow(() -> new ValidationException("kind", "No se reconoce el tipo de pieza «"
                        + p.kind().strip() + "»."));
        CampaignPiece saved = pieces.save(CampaignPiece.draft(campaignId, p.title(), kind, version(p, user)));
        return saved.id().value();
    }

    @Transactional
    int revisePiece(long pieceId, PieceCommand p, CurrentUser user) {
        CampaignPiece piece = piece(pieceId, user);
        int number = piece.revise(version(p, user));
        pieces.save(piece);
        return number;
    }

    @Transactional
    void approvePiece(long pieceId, Integer number, CurrentUser user) {
        CampaignPiece piece = piece(pieceId, user);
        if (number == null) {
            throw new ValidationException("version", "Indique la versión que aprueba.");
        }
        piece.approve(number, user.username());
        pieces.save(piece);
        audit.record("UPDATE", "CampaignPiece", pieceId, null, "Pieza «" + piece.title() + "» versión " + number
                + " aprobada", null, null);
    }

    private CampaignPiece piece(long pieceId, CurrentUser user) {
        long campaignId = read.campaignOfPiece(pieceId)
                .orElseThrow(() -> new NotFoundException("La pieza " + pieceId + " no existe."));
        managed(campaignId, user);
        return pieces.findById(pieceId).orElseThrow();
    }

    private Campaign managed(long id, CurrentUser user) {
        Where w = read.where(id).orElseThrow(() -> new NotFoundException("La campaña " + id + " no existe."));
        access.requireReadable(w.jurisdictionId(), w.territoryPath(), user, "La campaña " + id);
        access.requireManaged(w.jurisdictionId(), w.territoryPath(), user);
        return campaigns.findById(id).orElseThrow();
    }

    private static PieceVersion version(PieceCommand p, CurrentUser user) {
        byte[] image = null;
        if (p.image() != null && !p.image().isBlank()) {
            try {
                image = Base64.getDecoder().decode(p.image().strip());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("image", "La imagen no está en base64.");
            }
        }
        return new PieceVersion(blank(p.body()), blank(p.link()), blank(p.imageType()), image, user.username());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
