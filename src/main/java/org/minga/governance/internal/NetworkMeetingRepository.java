package org.minga.governance.internal;

import org.minga.governance.internal.domain.NetworkMeeting;
import org.springframework.data.repository.ListCrudRepository;

/** The meetings of networks, with their attendees, written through Spring Data JDBC. */
interface NetworkMeetingRepository extends ListCrudRepository<NetworkMeeting, Long> {
}
