package org.minga.participation.internal;

import org.minga.participation.internal.domain.Invitation;
import org.springframework.data.repository.ListCrudRepository;

/** Writes of {@link Invitation}s, and of their phone calls ({@link InvitationStatements}). */
interface InvitationRepository extends ListCrudRepository<Invitation, Long>, InvitationStatements {
}
