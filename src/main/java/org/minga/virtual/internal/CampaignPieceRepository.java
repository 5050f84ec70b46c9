package org.minga.virtual.internal;

import java.time.LocalDate;

import org.minga.virtual.internal.domain.CampaignPiece;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** Campaign pieces written through Spring Data JDBC (with every version), and the opens of their links. */
interface CampaignPieceRepository extends CrudRepository<CampaignPiece, Long> {

    /** One more open of the piece's link on the day: a count, nothing about who opened it. */
    @Modifying
    @Query("""
            insert into campaign_link_click (piece_id, clicked_on, clicks) values (:piece, :on, 1)
            on conflict (piece_id, clicked_on) do update set clicks = campaign_link_click.clicks + 1""")
    void countOpen(@Param("piece") long pieceId, @Param("on") LocalDate on);
}
