package org.minga.governance.internal;

import java.time.LocalDate;

import org.minga.platform.Jurisdictions;
import org.springframework.context.ApplicationContext;

/** Lets tests outside the package run the daily commitments job for one day. */
public final class GovernanceTestAccess {

    private GovernanceTestAccess() {
    }

    public static OverdueCommitments.JobResult daily(ApplicationContext context, String jurisdiction, LocalDate day) {
        return context.getBean(OverdueCommitments.class)
                .daily(context.getBean(Jurisdictions.class).byCode(jurisdiction).orElseThrow(), day);
    }
}
