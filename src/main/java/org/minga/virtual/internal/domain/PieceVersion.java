package org.minga.virtual.internal.domain;

import java.util.Arrays;
import java.util.Objects;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a {@link CampaignPiece}: its words, its link to a Minga public page and its image (PNG or JPEG),
 * and who wrote it. Versions are never changed: a revision adds one.
 */
@Table("campaign_piece_version")
public record PieceVersion(String body, String link, String imageType, byte[] image, String author) {

    public PieceVersion {
        image = image == null ? null : image.clone();
    }

    @Override
    public byte[] image() {
        return image == null ? null : image.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PieceVersion p && Objects.equals(body, p.body) && Objects.equals(link, p.link)
                && Objects.equals(imageType, p.imageType) && Arrays.equals(image, p.image)
                && Objects.equals(author, p.author);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, link, imageType, Arrays.hashCode(image), author);
    }

    @Override
    public String toString() {
        return "PieceVersion[" + body + ", " + link + ", " + imageType + "]";
    }
}
