package org.minga.virtual.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.minga.platform.Aggregate;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A piece of a {@link Campaign} (pieza): an image, a short text or a link, with its versions (1, 2, ... never
 * changed, a revision adds one) and the one version approved for use. {@link #approve} refuses a version that does
 * not exist or one already approved; a revision leaves the approved version as it was until another is approved.
 */
@Table("campaign_piece")
public class CampaignPiece extends Aggregate<CampaignPiece> {

    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg");

    private long campaignId;
    private String title;
    private PieceKind kind;
    private Integer approvedVersion;
    private String approvedBy;
    @MappedCollection(idColumn = "piece_id", keyColumn = "position")
    private List<PieceVersion> versions = new ArrayList<>();

    private CampaignPiece() {
    }

    /** A new piece with its first version; refuses a missing title or kind, or a version its kind cannot use. */
    public static CampaignPiece draft(long campaignId, String title, PieceKind kind, PieceVersion first) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            errors.add(new FieldError("title", "Indique el título de la pieza (hasta 200 caracteres)."));
        }
        if (kind == null) {
            errors.add(new FieldError("kind", "Indique el tipo de pieza: imagen, texto corto o enlace."));
        }
        check(kind, first, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        CampaignPiece p = new CampaignPiece();
        p.campaignId = campaignId;
        p.title = title.strip();
        p.kind = kind;
        p.versions = new ArrayList<>(List.of(first));
        return p;
    }

    /** Adds a version (the next number); the approved one stays approved until another is. */
    public int revise(PieceVersion next) {
        List<FieldError> errors = new ArrayList<>();
        check(kind, next, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        versions.add(next);
        return versions.size();
    }

    /** Approves version {@code number} for use; refuses a version that does not exist or is already approved. */
    public void approve(int number, String approver) {
        if (number < 1 || number > versions.size()) {
            throw new ValidationException("version", "La pieza «" + title + "» tiene las versiones 1 a "
                    + versions.size() + "; no existe la versión " + number + ".");
        }
        if (approvedVersion != null && approvedVersion == number) {
            throw new IllegalCampaignTransition("La versión " + number + " de la pieza «" + title
                    + "» ya está aprobada.");
        }
        approvedVersion = number;
        approvedBy = approver;
    }

    /** The approved version, the one sent; refuses a piece without one. */
    public PieceVersion approved() {
        if (approvedVersion == null) {
            throw new IllegalCampaignTransition("La pieza «" + title + "» no tiene una versión aprobada.");
        }
        return versions.get(approvedVersion - 1);
    }

    private static void check(PieceKind kind, PieceVersion v, List<FieldError> errors) {
        if (v == null) {
            errors.add(new FieldError("body", "Indique el contenido de la pieza."));
            return;
        }
        if (v.body() != null && v.body().length() > 2000) {
            errors.add(new FieldError("body", "El texto de la pieza admite 2000 caracteres."));
        }
        if (kind == PieceKind.IMAGE && (v.image() == null || v.image().length == 0 || !IMAGES.contains(
                v.imageType()))) {
            errors.add(new FieldError("image", "Una pieza de imagen necesita una imagen PNG o JPEG."));
        }
        if (kind == PieceKind.SHORT_TEXT && (v.body() == null || v.body().isBlank())) {
            errors.add(new FieldError("body", "Una pieza de texto necesita el texto."));
        }
        if (kind == PieceKind.LINK && (v.link() == null || !v.link().startsWith("/"))) {
            errors.add(new FieldError("link", "Un enlace lleva a una página pública de Minga (empieza por «/»)."));
        }
    }

    public long campaignId() {
        return campaignId;
    }

    public String title() {
        return title;
    }

    public PieceKind kind() {
        return kind;
    }

    /** The approved version's number, or null while none is approved. */
    public Integer approvedVersion() {
        return approvedVersion;
    }

    public List<PieceVersion> versions() {
        return List.copyOf(versions);
    }
}
