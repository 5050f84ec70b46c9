package org.minga.virtual.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minga.platform.AccessScope;
import org.minga.virtual.internal.CampaignViews.CampaignRow;
import org.minga.virtual.internal.CampaignViews.CampaignView;
import org.minga.virtual.internal.CampaignViews.PieceRow;
import org.minga.virtual.internal.CampaignViews.VersionRow;
import org.minga.virtual.internal.domain.CampaignStatus;
import org.minga.virtual.internal.domain.PieceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hand-written SQL that shows a campaign with its pieces, and finds virtual territories by code. */
@Component
record CampaignReadModel(JdbcClient jdbc) {

    /** Where a campaign lies, for the access checks. */
    record Where(long jurisdictionId, String territoryPath) {
    }

    Optional<Where> where(long campaignId) {
        return jdbc.sql("select jurisdiction_id, territory_path from campaign where id = :id").param("id", campaignId)
                .query((rs, n) -> new Where(rs.getLong(1), rs.getString(2))).optional();
    }

    Optional<Long> campaignOfPiece(long pieceId) {
        return jdbc.sql("select campaign_id from campaign_piece where id = :id").param("id", pieceId)
                .query(Long.class).optional();
    }

    Optional<Long> virtualTerritory(long jurisdictionId, String code) {
        return jdbc.sql("select id from virtual_territory where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).optional();
    }

    /** The link of a piece's approved version and its campaign's jurisdiction, for the counted redirect. */
    record ApprovedLink(long jurisdictionId, String link) {
    }

    Optional<ApprovedLink> approvedLink(long pieceId) {
        return jdbc.sql("""
                select c.jurisdiction_id, v.link from campaign_piece p join campaign c on c.id = p.campaign_id
                  join campaign_piece_version v on v.piece_id = p.id and v.position = p.approved_version - 1
                 where p.id = :id and v.link is not null""").param("id", pieceId)
                .query((rs, n) -> new ApprovedLink(rs.getLong(1), rs.getString(2))).optional();
    }

    boolean hasApprovedPiece(long campaignId) {
        return jdbc.sql("select exists (select 1 from campaign_piece where campaign_id = :id"
                + " and approved_version is not null)").param("id", campaignId).query(Boolean.class).single();
    }

    /** The campaign with the codes of its physical territories (ids) and virtual territories, and its pieces. */
    Optional<CampaignView> campaign(long id, java.util.function.LongFunction<String> territoryCode) {
        List<String> territories = jdbc.sql("select territory_id from campaign_territory where campaign_id = :id"
                + " order by territory_id").param("id", id).query(Long.class).list().stream()
                .map(territoryCode::apply).toList();
        List<String> channels = jdbc.sql("""
                select v.code from campaign_channel c join virtual_territory v on v.id = c.virtual_territory_id
                 where c.campaign_id = :id order by v.code""").param("id", id).query(String.class).list();
        List<PieceRow> pieces = jdbc.sql("""
                select p.id, p.title, p.kind, p.approved_version,
                       (select count(*) from campaign_piece_version v where v.piece_id = p.id) as versions,
                       (select count(*) from campaign_invitation i where i.piece_id = p.id) as invitations,
                       (select coalesce(sum(k.clicks), 0) from campaign_link_click k where k.piece_id = p.id) as opens
                  from campaign_piece p where p.campaign_id = :id order by p.id""").param("id", id)
                .query((rs, n) -> new PieceRow(rs.getLong("id"), rs.getString("title"),
                        PieceKind.valueOf(rs.getString("kind")), rs.getInt("versions"),
                        (Integer) rs.getObject("approved_version"), rs.getLong("invitations"),
                        rs.getLong("opens")))
                .list();
        return jdbc.sql("""
                select id, jurisdiction_id, code, name, objective, audiences, starts_on, ends_on, status
                  from campaign where id = :id""").param("id", id)
                .query((rs, n) -> new CampaignView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                        rs.getString("code"), rs.getString("name"), rs.getString("objective"),
                        rs.getString("audiences"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), CampaignStatus.valueOf(rs.getString("status")),
                        territories, channels, pieces))
                .optional();
    }

    /** Every version of the campaign's pieces, oldest first (the image only said to be there). */
    List<VersionRow> versions(long campaignId) {
        return jdbc.sql("""
                select v.piece_id, v.position + 1 as number, v.body, v.link, v.image is not null as has_image,
                       v.author from campaign_piece_version v join campaign_piece p on p.id = v.piece_id
                 where p.campaign_id = :c order by v.piece_id, v.position""").param("c", campaignId)
                .query((rs, n) -> new VersionRow(rs.getLong("piece_id"), rs.getInt("number"), rs.getString("body"),
                        rs.getString("link"), rs.getBoolean("has_image"), rs.getString("author")))
                .list();
    }

    /** A version's image and its media type, with where its campaign lies (for the access check). */
    record Image(long jurisdictionId, String territoryPath, String type, byte[] bytes) {
    }

    Optional<Image> image(long pieceId, int number) {
        return jdbc.sql("""
                select c.jurisdiction_id, c.territory_path, v.image_type, v.image from campaign_piece_version v
                  join campaign_piece p on p.id = v.piece_id join campaign c on c.id = p.campaign_id
                 where v.piece_id = :p and v.position = :n and v.image is not null""").param("p", pieceId)
                .param("n", number - 1).query((rs, n) -> new Image(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBytes(4)))
                .optional();
    }

    /** The campaigns of the scope's territories and of those above them (or going through one virtual territory). */
    List<CampaignRow> list(AccessScope scope, Long virtualTerritoryId) {
        return jdbc.sql("""
                select c.id, c.code, c.name, c.status, c.starts_on, c.ends_on from campaign c
                 where (:all or c.jurisdiction_id = :j)
                   and (c.territory_path like :p or :root like c.territory_path || '%')
                   and (cast(:v as bigint) is null or exists (select 1 from campaign_channel x
                        where x.campaign_id = c.id and x.virtual_territory_id = :v))
                 order by c.starts_on desc, c.id desc""").params(scope.filterParams())
                .param("root", scope.subtreePath()).param("v", virtualTerritoryId)
                .query((rs, n) -> new CampaignRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        CampaignStatus.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .list();
    }
}
