package org.minga.participation.internal;

import org.minga.participation.ChannelContributions;
import org.minga.platform.CurrentUser;
import org.springframework.stereotype.Component;

/** Participation's answer to {@link ChannelContributions}: one call to the contribution service. */
@Component
record ParticipationChannelContributions(ContributionService contributions) implements ChannelContributions {

    @Override
    public Recorded record(Heard heard, CurrentUser user) {
        ContributionReadModel.ContributionView v = contributions.createFromChannel(heard, user);
        return new Recorded(v.id(), v.kind());
    }
}
