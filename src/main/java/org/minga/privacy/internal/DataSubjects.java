package org.minga.privacy.internal;

import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.platform.Reach;
import org.minga.privacy.PersonalDataHolder;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Finds the data subject a user may act on, by the reach of the capability they act with. */
@Component
record DataSubjects(@Lazy PersonalDataHolder holder, AccessPolicy policy) {

    /**
     * The data subject, if the user holds the capability over them: by territory for those who work with people
     * in a territory (the person's territory must be theirs), by jurisdiction for the privacy officer.
     */
    PersonalDataHolder.DataSubject subjectFor(long personId, CurrentUser user, Capability capability) {
        policy.require(user, capability);
        AccessScope scope = policy.scope(user, capability);
        if (scope.reach() == Reach.TERRITORY && scope.narrowed()) {
            return holder.requireVisible(personId, user);
        }
        PersonalDataHolder.DataSubject subject = holder.subject(personId)
                .orElseThrow(() -> new NotFoundException("No existe la persona " + personId + "."));
        if (!scope.includesJurisdiction(subject.jurisdictionId())) {
            throw new NotFoundException("No existe la persona " + personId + ".");
        }
        return subject;
    }
}
