package org.minga.virtual.internal;

import java.util.Optional;

import org.minga.virtual.internal.domain.CampaignInvitation;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** CampaignInvitations sent, and who unsubscribed, through Spring Data JDBC. */
interface CampaignInvitationRepository extends CrudRepository<CampaignInvitation, Long> {

    Optional<CampaignInvitation> findByToken(String token);

    @Query("select exists (select 1 from invitation_opt_out where person_id = :person)")
    boolean optedOut(@Param("person") long personId);

    @Modifying
    @Query("insert into invitation_opt_out (person_id, opted_out_at) values (:person, now()) on conflict do nothing")
    void optOut(@Param("person") long personId);
}
